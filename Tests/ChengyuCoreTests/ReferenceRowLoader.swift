@testable import ChengyuCore

/// The row path the loader used before the columnar store (issue 11), kept as the reference the
/// columnar loader is checked against (`ColumnarLoadTests`): one `Agreement` per `CSVTable` row.
extension DatasetLoader.Builder {
  mutating func referenceAgreements(
    codebook: Codebook, cityIndex: [CityID: Int], _ issues: inout [DatasetIssue]
  ) -> [Agreement] {
    let required = requiredColumns(Self.agreementColumns, provenance: Self.recordProvenanceColumns)
    guard let table = table("agreements.csv", required, &issues) else { return [] }
    warnMissingColumns(Self.recordProvenanceColumns, table: table)
    let mechanismIndex = Dictionary(codebook.mechanisms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let domainIndex = Dictionary(codebook.domains.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var seen: [String: Int] = [:]
    var result: [Agreement] = []
    result.reserveCapacity(table.rows.count)
    for row in table.rows {
      guard checkID(row["id"], row: row, table: table, seen: &seen, &issues) else { continue }
      func fail(_ reason: String) { issues.append(DatasetIssue(file: table.file, line: row.line, reason: reason)) }
      let plain = plainReferences(["parties", "mechanism", "domains"], row: row, table: table, &issues)
      let date = date(row, table: table, &issues)
      let provenance = provenance(row, table: table, &issues)
      let parties = cityList(
        row.list("parties"), column: "parties", row: row, table: table, cityIndex: cityIndex, &issues)
      if let parties, parties.count < 2 {
        fail("agreement has fewer than two distinct parties (\(parties.count))")
      }
      if let parties, parties.count > Self.partiesAccepted {
        fail("agreement has \(parties.count) distinct parties, more than the \(Self.partiesAccepted) accepted "
          + "(it would tie \(parties.count * (parties.count - 1) / 2) pairs; see docs/data-format.md)")
      } else if let parties, parties.count > Self.partiesWarned {
        warnings.append(DatasetIssue(
          file: table.file, line: row.line,
          reason: "agreement has \(parties.count) distinct parties (more than \(Self.partiesWarned)): "
            + "its \(parties.count * (parties.count - 1) / 2) ties will dominate the network"))
      }
      let mechanism = mechanismIndex[row["mechanism"]]
      if mechanism == nil, checkMechanisms {
        fail("unknown mechanism \"\(row["mechanism"])\" (not in mechanisms.csv)")
      }
      var domains: [Int] = []
      var domainsOK = true
      for d in row.list("domains") {
        if let i = domainIndex[d] { domains.append(i) } else {
          if checkDomains { fail("unknown domain \"\(d)\" (not in domains.csv)") }
          domainsOK = false
        }
      }
      guard let date, let parties, (2...Self.partiesAccepted).contains(parties.count), let mechanism, domainsOK,
        plain
      else { continue }
      result.append(Agreement(
        id: row["id"], date: date, titleZh: row["title_zh"], titleEn: row["title_en"],
        parties: parties, mechanism: mechanism, family: codebook.mechanisms[mechanism].family,
        kindZh: row["kind_zh"], domains: domains, summaryEn: row["summary_en"],
        provenance: provenance))
    }
    return result
  }
}

/// `DatasetLoader.inspect` with the reference row path for agreements (everything else shared).
enum ReferenceRowLoader {
  static func inspect(_ files: DatasetFiles, provenance rule: ProvenanceRule = .required)
    -> (agreements: [Agreement]?, issues: [DatasetIssue], warnings: [DatasetIssue])
  {
    var issues: [DatasetIssue] = []
    var builder = DatasetLoader.Builder(files: files, rule: rule)
    let (codebook, mechanismsRead, domainsRead) = builder.codebook(&issues)
    builder.checkMechanisms = mechanismsRead
    builder.checkDomains = domainsRead
    let loadedCities = builder.cities(&issues)
    builder.checkCityReferences = loadedCities != nil
    var cityIndex: [CityID: Int] = [:]
    for (i, c) in (loadedCities ?? []).enumerated() { cityIndex[c.id] = i }
    let agreements = builder.referenceAgreements(codebook: codebook, cityIndex: cityIndex, &issues)
    _ = builder.policies(cityIndex: cityIndex, &issues)
    return (issues.isEmpty ? agreements : nil, issues, builder.warnings)
  }
}

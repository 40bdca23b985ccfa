extension DatasetLoader.Builder {
  static let agreementColumns = [
    "id", "date", "title_zh", "title_en", "parties", "mechanism", "domains",
    "source_url", "evidence", "confidence",
  ]

  /// Above this many distinct parties `validate` warns: such an agreement ties every pair, so it
  /// dominates the network (100 parties are 4,950 ties).
  static let partiesWarned = 100
  /// Above this many distinct parties an agreement is refused: its n(n−1)/2 ties (499,500 for
  /// 1,000) would make every command slow for one record.
  static let partiesAccepted = 1_000

  mutating func agreements(
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
    // Parsing the table was about half the file's work; the rows are the other half.
    progress?.within("agreements.csv", 0.5)
    for (index, row) in table.rows.enumerated() {
      if index & 8191 == 8191, let progress { progress.within("agreements.csv", 0.5 + 0.5 * Double(index) / Double(table.rows.count)) }
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

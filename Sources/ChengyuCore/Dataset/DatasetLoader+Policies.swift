import Dispatch

extension DatasetLoader.Builder {
  static let policyColumns = ["id", "date", "title_zh", "title_en", "source_url", "evidence", "confidence"]

  mutating func policies(cityIndex: [CityID: Int], _ issues: inout [DatasetIssue]) -> [Policy] {
    let required = requiredColumns(Self.policyColumns, provenance: Self.recordProvenanceColumns)
    guard let table = table("policies.csv", required, &issues) else { return [] }
    warnMissingColumns(Self.recordProvenanceColumns, table: table)
    var seen: [String: Int] = [:]
    var result: [Policy] = []
    for row in table.rows {
      guard checkID(row["id"], row: row, table: table, seen: &seen, &issues) else { continue }
      plainReferences(["mentions"], row: row, table: table, &issues)
      let date = date(row, table: table, &issues)
      let provenance = provenance(row, table: table, &issues)
      let mentions = cityList(
        row.list("mentions"), column: "mentions", row: row, table: table, cityIndex: cityIndex, &issues)
      guard let date, let mentions else { continue }
      result.append(Policy(
        id: row["id"], date: date, titleZh: row["title_zh"], titleEn: row["title_en"],
        issuerZh: row["issuer_zh"], issuerLevel: row["issuer_level"], docType: row["doc_type"],
        docNumber: row["doc_number"], scope: row["scope"], mentions: mentions,
        mentionsZh: row["mentions_zh"], summaryEn: row["summary_en"], provenance: provenance))
    }
    return result
  }
}

/// policies.csv read on another thread while agreements.csv parses: it needs only the cities,
/// and its 7 MB beside 10⁶ agreements were a serial step after their parse (issue 11). Its
/// problems and warnings are taken after the agreements', as one thread gives them.
final class PoliciesBeside: @unchecked Sendable {
  // @unchecked: `builder` and the results are touched by the worker only until `wait` returns.
  private var builder: DatasetLoader.Builder
  private let cityIndex: [CityID: Int]
  private var policies: [Policy] = []
  private var issues: [DatasetIssue] = []
  private let group = DispatchGroup()

  /// Starts reading; `builder` is copied without progress and warnings (they are the caller's).
  init(_ builder: DatasetLoader.Builder, cityIndex: [CityID: Int]) {
    var copy = builder
    copy.progress = nil
    copy.warnings = []
    self.builder = copy
    self.cityIndex = cityIndex
    DispatchQueue.global().async(group: group) { [self] in
      policies = self.builder.policies(cityIndex: self.cityIndex, &issues)
    }
  }

  /// The policies, once read, with their problems and warnings appended to the caller's.
  func wait(_ issues: inout [DatasetIssue], warnings: inout [DatasetIssue]) -> [Policy] {
    group.wait()
    issues += self.issues
    warnings += builder.warnings
    return policies
  }
}

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

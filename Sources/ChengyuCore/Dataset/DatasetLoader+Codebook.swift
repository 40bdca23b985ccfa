extension DatasetLoader.Builder {
  /// The codebook, and whether each of its two files could be read at all (when not, agreements'
  /// references to it go unchecked rather than each being reported as unknown).
  func codebook(_ issues: inout [DatasetIssue]) -> (Codebook, mechanismsRead: Bool, domainsRead: Bool) {
    var mechanisms: [Mechanism] = []
    let mechanismTable = table("mechanisms.csv", ["id", "family", "name_zh", "name_en"], &issues)
    if let table = mechanismTable {
      var seen: [String: Int] = [:]
      for row in table.rows {
        guard checkID(row["id"], row: row, table: table, seen: &seen, &issues) else { continue }
        guard let family = MechanismFamily(rawValue: row["family"]) else {
          issues.append(DatasetIssue(
            file: table.file, line: row.line,
            reason: "unknown mechanism family \"\(row["family"])\" (use governance or collaboration)"))
          continue
        }
        mechanisms.append(Mechanism(
          id: row["id"], family: family, nameZh: row["name_zh"], nameEn: row["name_en"],
          description: row["description_en"]))
      }
    }
    var domains: [Domain] = []
    let domainTable = table("domains.csv", ["id", "name_zh", "name_en"], &issues)
    if let table = domainTable {
      var seen: [String: Int] = [:]
      for row in table.rows where checkID(row["id"], row: row, table: table, seen: &seen, &issues) {
        domains.append(Domain(id: row["id"], nameZh: row["name_zh"], nameEn: row["name_en"]))
      }
    }
    return (Codebook(mechanisms: mechanisms, domains: domains), mechanismTable != nil, domainTable != nil)
  }
}

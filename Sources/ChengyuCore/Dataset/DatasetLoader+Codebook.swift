extension DatasetLoader.Builder {
  func codebook(_ issues: inout [DatasetIssue]) -> Codebook {
    var mechanisms: [Mechanism] = []
    if let table = table("mechanisms.csv", ["id", "family", "name_zh", "name_en"], &issues) {
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
    if let table = table("domains.csv", ["id", "name_zh", "name_en"], &issues) {
      var seen: [String: Int] = [:]
      for row in table.rows where checkID(row["id"], row: row, table: table, seen: &seen, &issues) {
        domains.append(Domain(id: row["id"], nameZh: row["name_zh"], nameEn: row["name_en"]))
      }
    }
    return Codebook(mechanisms: mechanisms, domains: domains)
  }
}

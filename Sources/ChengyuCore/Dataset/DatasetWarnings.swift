/// Problems that do not stop a dataset from loading but that `chengyu validate` reports as
/// warnings: for now, city ids that exchange formats cannot use as they are.
///
/// GraphML node ids must be XML NMTOKENs, so an id with a `/` or a space is escaped on export
/// (the original id stays in the `dataset_id` attribute); a warning lets the data's author choose
/// a clean id instead.
extension DatasetLoader {
  /// One `file:line: warning: …` issue per city id holding a `/` or white space.
  public static func warnings(_ files: DatasetFiles) -> [DatasetIssue] {
    var ignored: [DatasetIssue] = []  // errors are the loader's to report
    guard let table = CSVTable.read("cities.csv", from: files, required: ["id"], issues: &ignored) else { return [] }
    var out: [DatasetIssue] = []
    for row in table.rows {
      let id = row["id"]
      let bad = id.unicodeScalars.contains { $0 == "/" || $0.properties.isWhitespace }
      if bad {
        out.append(DatasetIssue(
          file: table.file, line: row.line,
          reason: "warning: id \"\(TextSanitizer.clean(id))\" contains '/' or white space; GraphML exports "
            + "escape it (the id is kept in dataset_id), other tools may reject it"))
      }
    }
    return out
  }
}

/// City ids that load but that exchange formats cannot use as they are: `chengyu validate`
/// reports them as warnings (not errors).
///
/// GraphML node ids must be XML NMTOKENs, so an id with a `/` or white space is escaped on export
/// (the original id stays in the `dataset_id` attribute); a warning lets the data's author choose
/// a clean id instead.
extension DatasetLoader.Builder {
  /// Adds a warning when a city id holds a `/` or white space.
  mutating func warnIDForExports(_ id: String, row: CSVTable.Row, table: CSVTable) {
    guard id.unicodeScalars.contains(where: { $0 == "/" || $0.properties.isWhitespace }) else { return }
    warnings.append(DatasetIssue(
      file: table.file, line: row.line,
      reason: "id \"\(TextSanitizer.clean(id))\" contains '/' or white space; GraphML exports escape it "
        + "(the id is kept in dataset_id), other tools may reject it"))
  }
}

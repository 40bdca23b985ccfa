/// A block of `key  value` lines with the values aligned, for `show`.
enum KeyValueBlock {
  /// Empty values print as "—" so a missing field is visible.
  static func render(_ pairs: [(String, String)], indent: String = "  ") -> String {
    let table = TableFormatter(columns: [.init(header: ""), .init(header: "")], showHeader: false, indent: indent)
    return table.render(pairs.map { [$0.0, $0.1.isEmpty ? "—" : $0.1] })
  }
}

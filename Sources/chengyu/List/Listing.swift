import ChengyuCore

/// A table of records ready for any `--format`: columns with a CSV/JSON key and a header, and
/// rows of cells that know both their display text and their JSON value.
struct Listing {
  /// Where a column appears: some are only useful to people (Chinese party names in a table),
  /// some only to scripts (English titles, id lists).
  enum Visibility { case everywhere, tableOnly, machineOnly }

  struct Column {
    /// Header in CSV and key in JSON: snake_case ASCII, stable (documented in docs/cli.md).
    var key: String
    /// Header in the table.
    var header: String
    var alignRight = false
    /// Width cap in the table (cells cut with "…" unless `--wide`).
    var maxWidth: Int? = nil
    var visibility = Visibility.everywhere
  }

  /// A value with its text for the table, for CSV (the table text unless given) and for JSON.
  struct Cell {
    var text: String
    var json: JSONValue
    var csv: String

    init(text: String, json: JSONValue, csv: String? = nil) {
      self.text = text
      self.json = json
      self.csv = csv ?? text
    }

    static func string(_ s: String) -> Cell { Cell(text: s, json: .string(s)) }
    static func int(_ n: Int) -> Cell { Cell(text: String(n), json: .int(n)) }
    /// A list: `;`-separated in text (as in the data files), an array in JSON.
    static func list(_ items: [String], separator: String = ";") -> Cell {
      Cell(text: items.joined(separator: separator), json: .array(items.map { .string($0) }))
    }
  }

  var columns: [Column]
  var rows: [[Cell]]
  /// Rows before the search words and `--limit` narrowed them, for the count line.
  var total: Int
  /// What the rows are, for the count line.
  var noun: CountNoun

  /// The count line of a table: "18 agreements", "4 of 18 agreements" when search words
  /// narrowed the rows, "first 10 of 18 agreements" when `--limit` printed only `shown` of them.
  func countLine(_ lang: Language, shown: Int) -> String {
    if shown < rows.count { return Msg.countFirst.text(lang, shown, noun.count(rows.count, lang)) }
    return rows.count == total
      ? Msg.countAll.text(lang, noun.count(total, lang))
      : Msg.countOf.text(lang, rows.count, noun.count(total, lang))
  }

  /// `order` re-sorted by `key`, keeping the current order among equal keys (the default order
  /// is the tie-break for every other sort key).
  static func reorder<K: Comparable>(_ order: [Int], by key: (Int) -> K) -> [Int] {
    order.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
  }

  /// The listing in a format. `wide` lifts the table's width caps.
  func render(_ format: OutputFormat, wide: Bool = false) -> String {
    switch format {
    case .table:
      let shown = columns.indices.filter { columns[$0].visibility != .machineOnly }
      let table = TableFormatter(columns: shown.map { i in
        TableFormatter.Column(
          header: columns[i].header, alignRight: columns[i].alignRight,
          maxWidth: wide ? nil : columns[i].maxWidth)
      })
      return table.render(rows.map { row in shown.map { row[$0].text } })
    case .csv:
      let shown = columns.indices.filter { columns[$0].visibility != .tableOnly }
      // Same cleaning as the table: a CSV is often read in a terminal, and data is untrusted.
      return CSVWriter.document(
        header: shown.map { columns[$0].key },
        rows: rows.map { row in shown.map { TextSanitizer.clean(row[$0].csv) } })
    case .json:
      let shown = columns.indices.filter { columns[$0].visibility != .tableOnly }
      let objects = rows.map { row in JSONValue.object(shown.map { (columns[$0].key, row[$0].json) }) }
      return JSONValue.array(objects).serialized(pretty: true) + "\n"
    }
  }
}

import ChengyuCore

/// Lays out rows as an aligned plain-text table for the terminal.
///
/// Widths are measured in display columns (`DisplayWidth`: a Han character takes two), never with
/// `String.count`, and every cell goes through `TextSanitizer.clean` first, since cells carry text
/// from untrusted data files. Columns are separated by two spaces; a dashed rule follows the header.
struct TableFormatter {
  /// One column: its header, alignment and an optional cap on its width (longer cells end in "…").
  struct Column {
    var header: String
    var alignRight = false
    var maxWidth: Int? = nil
  }

  var columns: [Column]
  /// When false, no header and no rule are printed (for key/value blocks).
  var showHeader = true
  /// Printed before every line (e.g. "  " to indent a sub-table).
  var indent = ""

  static let gap = "  "

  /// The table's lines, without line ends; trailing spaces are trimmed.
  func lines(_ rows: [[String]]) -> [String] {
    let cleaned = rows.map { row in
      columns.indices.map { i in i < row.count ? TableFormatter.cell(row[i], cap: columns[i].maxWidth) : "" }
    }
    let headers = columns.map { TableFormatter.cell($0.header, cap: $0.maxWidth) }
    var widths = columns.indices.map { i in showHeader ? DisplayWidth.of(headers[i]) : 0 }
    for row in cleaned {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    var out: [String] = []
    if showHeader {
      out.append(line(headers, widths: widths))
      out.append(line(widths.map { String(repeating: "-", count: $0) }, widths: widths))
    }
    for row in cleaned { out.append(line(row, widths: widths)) }
    return out
  }

  /// The table as one string ending in a newline (empty when there is nothing to print).
  func render(_ rows: [[String]]) -> String {
    let all = lines(rows)
    return all.isEmpty ? "" : all.joined(separator: "\n") + "\n"
  }

  private func line(_ cells: [String], widths: [Int]) -> String {
    var parts: [String] = []
    for (i, cell) in cells.enumerated() {
      parts.append(DisplayWidth.pad(cell, to: widths[i], alignRight: columns[i].alignRight))
    }
    return TableFormatter.trimTrailingSpaces(indent + parts.joined(separator: TableFormatter.gap))
  }

  /// A cell made safe for the terminal and cut to its column's cap.
  static func cell(_ text: String, cap: Int?) -> String {
    let clean = TextSanitizer.clean(text)
    guard let cap else { return clean }
    return trimTrailingSpaces(DisplayWidth.truncate(clean, to: cap))
  }

  static func trimTrailingSpaces(_ s: String) -> String {
    var end = s.endIndex
    while end > s.startIndex, s[s.index(before: end)] == " " { end = s.index(before: end) }
    return String(s[..<end])
  }
}

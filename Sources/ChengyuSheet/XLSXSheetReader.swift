import ChengyuCore
import ChengyuImport
import Foundation

/// Reads one worksheet part into rows of typed cells.
struct XLSXSheetReader {
  let sharedStrings: [String]
  let dateStyles: Set<Int>
  let date1904: Bool

  /// The rows that hold cells, by their row number (the `r` attribute, 1-based).
  func rows(_ data: Data, part: String, path: String) throws(XLSXError) -> [SheetRow] {
    var rows: [SheetRow] = []
    var rowNumber = 0
    var cells: [SheetValue] = []
    var column = -1
    var type = ""
    var style = 0
    var value = ""
    var capture = false  // inside <v>, or inside <is>'s <t> outside a phonetic run
    var inInline = false
    var phonetic = 0
    func finishRow() {
      if cells.contains(where: { $0 != .empty }) { rows.append(SheetRow(number: rowNumber, cells: cells)) }
      cells = []
    }
    try XMLEvents.parse(
      data, part: part, path: path,
      start: { name, a in
        switch name {
        case "row":
          rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
          column = -1
        case "c":
          column = a["r"].flatMap(Self.column) ?? column + 1
          type = a["t"] ?? "n"
          style = a["s"].flatMap(Int.init) ?? 0
          value = ""
          inInline = false
        case "v": capture = true
        case "is": inInline = true
        case "t" where inInline && phonetic == 0: capture = true
        case "rPh": phonetic += 1
        default: break
        }
      },
      end: { name in
        switch name {
        case "v", "t": capture = false
        case "rPh": phonetic -= 1
        case "c":
          guard (0..<16384).contains(column) else { return }
          if cells.count <= column { cells += Array(repeating: .empty, count: column + 1 - cells.count) }
          cells[column] = cell(type: type, style: style, value: value)
        case "row": finishRow()
        default: break
        }
      },
      text: { s in if capture { value += s } })
    return rows
  }

  /// A cell's value from its type, style and text.
  func cell(type: String, style: Int, value: String) -> SheetValue {
    switch type {
    case "s":
      guard let i = Int(value), sharedStrings.indices.contains(i) else { return .empty }
      return Self.text(sharedStrings[i])
    case "inlineStr", "str", "e": return Self.text(value)
    case "b": return .bool(value == "1" || value == "true")
    case "d":
      // An ISO 8601 date (2016-03-01T00:00:00), written by a few tools instead of a serial.
      let parts = value.prefix(10).split(separator: "-").compactMap { Int($0) }
      return parts.count == 3 ? .date(year: parts[0], month: parts[1], day: parts[2]) : Self.text(value)
    default:
      guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return Self.text(value) }
      if dateStyles.contains(style), let d = ExcelDate.day(serial: number, date1904: date1904) {
        return .date(year: d.year, month: d.month, day: d.day)
      }
      return .number(number)
    }
  }

  /// Text from the workbook, cleaned like every data file's text (it ends up on a terminal).
  static func text(_ s: String) -> SheetValue { s.isEmpty ? .empty : .text(TextSanitizer.clean(s)) }

  /// The 0-based column of a cell reference such as `AB12`.
  static func column(_ reference: String) -> Int? {
    var n = 0
    var letters = 0
    for u in reference.utf8 {
      guard (65...90).contains(u) || (97...122).contains(u) else { break }
      n = n * 26 + Int((u | 0x20) - 96)
      letters += 1
      if letters > 3 { return nil }
    }
    return letters == 0 ? nil : n - 1
  }
}

import ChengyuCore

/// One cell of a coding sheet as the spreadsheet typed it.
public enum SheetValue: Sendable, Hashable {
  case empty
  case text(String)
  case number(Double)
  case bool(Bool)
  /// A cell Excel formatted as a date (its serial already converted).
  case date(year: Int, month: Int, day: Int)

  /// The cell as text: numbers without a needless `.0`, dates as `YYYY-MM-DD`.
  public var text: String {
    switch self {
    case .empty: return ""
    case .text(let s): return s
    case .number(let v):
      if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
      return "\(v)"
    case .bool(let b): return b ? "TRUE" : "FALSE"
    case .date(let y, let m, let d):
      return CalendarDate(year: y, month: m, day: d)?.description ?? "\(y)-\(m)-\(d)"
    }
  }
}

/// One row of a coding sheet with the number the spreadsheet shows for it (the CSV line).
public struct SheetRow: Sendable, Hashable {
  public var number: Int
  public var cells: [SheetValue]
  public init(number: Int, cells: [SheetValue]) {
    self.number = number
    self.cells = cells
  }

  /// The cell at a column, or `.empty` past the row's end.
  public subscript(_ column: Int) -> SheetValue { column < cells.count ? cells[column] : .empty }
  /// True when every cell is empty or spaces.
  public var isBlank: Bool { cells.allSatisfy { ChineseNames.trimmed($0.text).isEmpty } }
}

/// A coding sheet: its rows, and the label messages give it (`sheet.csv`, `book.xlsx[Sheet1]`).
public struct SheetTable: Sendable, Hashable {
  public var label: String
  public var rows: [SheetRow]
  /// How the file was read, where that is worth knowing (an encoding guessed).
  public var notes: [DatasetIssue]
  public init(label: String, rows: [SheetRow], notes: [DatasetIssue] = []) {
    self.label = label
    self.rows = rows
    self.notes = notes
  }
}

extension SheetTable {
  /// A CSV coding sheet (UTF-8, with or without a byte-order mark); every cell is text.
  public static func csv(_ bytes: [UInt8], label: String) throws(SheetError) -> SheetTable {
    var bytes = bytes
    var notes: [DatasetIssue] = []
    if let line = EncodingCheck.firstInvalidLine(bytes) {
      // Chinese Excel's plain CSV is GBK: read it as such rather than refuse it.
      guard EncodingCheck.looksLikeGBK(bytes), let converted = GB18030.utf8(bytes) else {
        throw SheetError(DatasetIssue(
          file: label, line: line, reason: "file is not valid UTF-8\(EncodingCheck.hint(bytes))"))
      }
      bytes = converted
      notes.append(DatasetIssue(
        file: label, line: nil, reason: "note: read as GBK (GB 18030), as Chinese Excel saves CSV; save as \"CSV UTF-8\" to be sure"))
    }
    var reader = CSVReader(bytes: bytes)
    var rows: [SheetRow] = []
    do {
      while let record = try reader.next() {
        let cells = record.fields.map { f in f.isEmpty ? SheetValue.empty : .text(TextSanitizer.clean(f)) }
        rows.append(SheetRow(number: record.line, cells: cells))
      }
    } catch {
      throw SheetError(DatasetIssue(file: label, line: error.line, reason: error.reason))
    }
    return SheetTable(label: label, rows: rows, notes: notes)
  }
}

/// A coding sheet that cannot be read at all. (Problems with a sheet are `DatasetIssue`s whose
/// file is the sheet's label and whose line is the row: `SHEET:ROW: reason`.)
public struct SheetError: Error, Sendable, CustomStringConvertible {
  public var issue: DatasetIssue
  public init(_ issue: DatasetIssue) { self.issue = issue }
  public var description: String { issue.description }
}

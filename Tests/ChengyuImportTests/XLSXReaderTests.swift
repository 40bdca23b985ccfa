import ChengyuImport
import Testing

@testable import ChengyuSheet

/// The .xlsx reader on fixtures made by scripts/make-xlsx-fixtures.py.
@Suite struct XLSXReaderTests {
  static let cells = ImportSupport.fixtures + "/cells.xlsx"
  static let parts = ImportSupport.fixtures + "/parts.xlsx"

  /// Row number → cells, for comparing whole rows.
  private func rows(_ table: SheetTable) -> [Int: [SheetValue]] {
    Dictionary(uniqueKeysWithValues: table.rows.map { ($0.number, $0.cells) })
  }

  @Test func sheetNamesInWorkbookOrder() throws {
    #expect(try XLSXWorkbook(path: Self.cells).sheetNames == ["协议", "第二页"])
  }

  @Test func inlineStringsNumbersBooleansAndDates() throws {
    let table = try XLSXWorkbook(path: Self.cells).table()
    #expect(table.label == Self.cells + "[协议]")
    let r = rows(table)
    #expect(r[1] == [.text("名称"), .text("数"), .text("真假"), .text("日期")])
    #expect(r[2] == [.text("成都市"), .number(2016), .bool(true), .date(year: 2016, month: 3, day: 1)])
    // Serial 59 is 1900-02-28; 60 would be the phantom 29 February; 61 is 1 March.
    #expect(r[3] == [.text("重庆市"), .number(3.25), .bool(false), .date(year: 1900, month: 2, day: 28)])
    #expect(r[4] == [.text("四川省"), .number(-7), .empty, .date(year: 1900, month: 3, day: 1)])
    // A Chinese date format (yyyy"年"m"月"d"日") is a date; spaces inside a string are kept.
    #expect(r[5] == [.text("  空格  "), .empty, .empty, .date(year: 2020, month: 12, day: 31)])
    #expect(r[6] == [.empty, .empty, .empty, .empty, .empty, .text("跳过的列")])
    // A date-sized number without a date format stays a number.
    #expect(r[7] == [.empty, .number(42430)])
  }

  @Test func aSheetByName() throws {
    let table = try XLSXWorkbook(path: Self.cells).table(sheet: "第二页")
    #expect(table.label == Self.cells + "[第二页]")
    #expect(table.rows == [SheetRow(number: 1, cells: [.text("只在第二页")])])
    #expect(throws: XLSXError.noSheet(path: Self.cells, name: "第三页", available: ["协议", "第二页"])) {
      try XLSXWorkbook(path: Self.cells).table(sheet: "第三页")
    }
  }

  @Test func sharedStringsRichRunsAndThe1904System() throws {
    let book = try XLSXWorkbook(path: Self.parts)
    #expect(book.sheetNames == ["内联"])
    let r = rows(try book.table())
    #expect(r.keys.sorted() == [1, 3])
    // Runs are joined, the phonetic run (rPh) is left out, &amp; is unescaped; an empty
    // shared string is an empty cell.
    #expect(r[1] == [.text("签署方"), .text("成都 & 重庆"), .text("内联"), .empty])
    // A formula's string result, an error value, 1904-system dates (serial 0 = 1904-01-01,
    // a custom [$-804]yyyy"年"m"月" format with a time of day), a boolean.
    #expect(r[3] == [
      .text("四川"), .text("#N/A"), .date(year: 1904, month: 1, day: 1), .date(year: 2017, month: 3, day: 1),
      .bool(true),
    ])
  }

  @Test func notAWorkbook() {
    #expect(throws: XLSXError.unreadable(path: ImportSupport.fixtures + "/../ImportSupport.swift", reason: "not a zip archive, as .xlsx files are")) {
      try XLSXWorkbook(path: ImportSupport.fixtures + "/../ImportSupport.swift")
    }
    do {
      _ = try XLSXWorkbook(path: ImportSupport.fixtures + "/broken.xlsx")
      Issue.record("broken.xlsx opened")
    } catch {
      #expect(error.description.hasPrefix(ImportSupport.fixtures + "/broken.xlsx: xl/workbook.xml is not valid XML (line 1"), "\(error)")
    }
  }

  @Test func excelSerials() {
    #expect(ExcelDate.day(serial: 1, date1904: false)! == (1900, 1, 1))
    #expect(ExcelDate.day(serial: 59, date1904: false)! == (1900, 2, 28))
    #expect(ExcelDate.day(serial: 60, date1904: false) == nil)
    #expect(ExcelDate.day(serial: 61, date1904: false)! == (1900, 3, 1))
    #expect(ExcelDate.day(serial: 42430.75, date1904: false)! == (2016, 3, 1))
    #expect(ExcelDate.day(serial: 2_958_465, date1904: false)! == (9999, 12, 31))
    #expect(ExcelDate.day(serial: 0, date1904: false) == nil)
    #expect(ExcelDate.day(serial: -1, date1904: false) == nil)
    #expect(ExcelDate.day(serial: 0, date1904: true)! == (1904, 1, 1))
    #expect(ExcelDate.day(serial: 40_969, date1904: true)! == (2016, 3, 2))
  }

  @Test func dateFormats() {
    #expect(ExcelDate.isDateFormat(id: 14, code: nil))
    #expect(ExcelDate.isDateFormat(id: 31, code: nil))  // CJK yyyy"年"m"月"d"日"
    #expect(!ExcelDate.isDateFormat(id: 0, code: nil))
    #expect(!ExcelDate.isDateFormat(id: 2, code: nil))
    #expect(ExcelDate.isDateFormat(id: 164, code: "yyyy-mm-dd"))
    #expect(ExcelDate.isDateFormat(id: 165, code: "[$-804]yyyy\"年\"m\"月\""))
    #expect(!ExcelDate.isDateFormat(id: 166, code: "0.00E+00"))
    #expect(!ExcelDate.isDateFormat(id: 167, code: "[Red]0.0"))
    #expect(!ExcelDate.isDateFormat(id: 168, code: "\"day\" 0"))
    #expect(!ExcelDate.isDateFormat(id: 169, code: "h:mm"))
  }

  @Test func columnLetters() {
    #expect(XLSXSheetReader.column("A1") == 0)
    #expect(XLSXSheetReader.column("Z9") == 25)
    #expect(XLSXSheetReader.column("AA10") == 26)
    #expect(XLSXSheetReader.column("XFD1") == 16383)
    #expect(XLSXSheetReader.column("12") == nil)
  }
}

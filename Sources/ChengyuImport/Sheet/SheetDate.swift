import ChengyuCore

/// Dates as coding sheets write them, read at the precision they give.
enum SheetDate {
  /// A date cell: Excel dates; a year as a number; text such as 2016, 2016-03, 2016/3/1,
  /// 2016.03.01, 2016年3月1日, 2016年3月. Returns the date or the reason it cannot be read.
  static func parse(_ value: SheetValue) -> Result<CalendarDate, DateProblem> {
    switch value {
    case .date(let y, let m, let d):
      guard let date = CalendarDate(year: y, month: m, day: d) else { return .failure(.impossible(value.text)) }
      return .success(date)
    case .number(let v):
      if v == v.rounded(), (1000...9999).contains(v), let date = CalendarDate(year: Int(v)) { return .success(date) }
      return .failure(.number(value.text))
    case .empty:
      return .failure(.empty)
    case .bool:
      return .failure(.unreadable(value.text))
    case .text(let raw):
      return parse(text: ChineseNames.trimmed(raw))
    }
  }

  static func parse(text original: String) -> Result<CalendarDate, DateProblem> {
    guard !original.isEmpty else { return .failure(.empty) }
    // A time of day after the date, as spreadsheets and pandas write dates into CSV
    // (2019/3/1 0:00, 2019-03-01 00:00:00), says nothing about the day: drop it.
    var text = original
    if let space = original.firstIndex(of: " "),
      original[original.index(after: space)...].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") })
    {
      text = String(original[..<space])
    }
    // 2016年3月1日 → 2016-3-1; separators / . - → -
    var normalized = ""
    for c in text {
      switch c {
      case "年", "月", "/", ".", "-": normalized.append("-")
      case "日", "号": continue
      default: normalized.append(c)
      }
    }
    while normalized.hasSuffix("-") { normalized.removeLast() }
    let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = parts.map { p in p.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } ? Int(p) : nil }
    guard (1...3).contains(parts.count), numbers.allSatisfy({ $0 != nil }), parts[0].utf8.count == 4,
      parts.dropFirst().allSatisfy({ (1...2).contains($0.utf8.count) })
    else { return .failure(.unreadable(original)) }
    let n = numbers.map { $0! }
    guard let date = CalendarDate(year: n[0], month: n.count > 1 ? n[1] : nil, day: n.count > 2 ? n[2] : nil)
    else { return .failure(.impossible(original)) }
    return .success(date)
  }

  enum DateProblem: Error, Equatable {
    case empty, unreadable(String), impossible(String), number(String)

    var reason: String {
      let forms = "(write 2016, 2016-03 or 2016-03-01; 2016/3/1 and 2016年3月1日 work too)"
      switch self {
      case .empty: return "empty date \(forms)"
      case .unreadable(let t): return "cannot read date \"\(t)\" \(forms)"
      case .impossible(let t): return "impossible date \"\(t)\""
      case .number(let t):
        return "date \"\(t)\" is a plain number: format the cell as a date in the spreadsheet, or write it as text \(forms)"
      }
    }
  }
}

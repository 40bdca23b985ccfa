/// A date at the precision its source gives: a year, a month or a day.
///
/// Sources often give only a year, so month and day are optional. Ordering puts a less
/// precise date before the more precise dates it contains (2016 < 2016-03 < 2016-03-01).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// How much of the date the source gives.
  public enum Precision: String, Sendable { case year, month, day }

  /// The year (always known).
  public let year: Int
  /// 1–12, or nil at year precision.
  public let month: Int?
  /// 1–31, or nil at year or month precision.
  public let day: Int?

  /// Year, month or day, by which parts are known.
  public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

  /// Builds a date, or returns nil when the month or day is impossible.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard day >= 1 && day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for any other text or an impossible date.
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count) else { return nil }
    let widths = [4, 2, 2]
    var numbers: [Int] = []
    for (i, part) in parts.enumerated() {
      guard part.utf8.count == widths[i], part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
        let n = Int(part)
      else { return nil }
      numbers.append(n)
    }
    self.init(
      year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
      day: numbers.count > 2 ? numbers[2] : nil)
  }

  public var description: String {
    // Four digits, as parsed, so the text always parses back (0999, not 999).
    let digits = String(year)
    var s = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    if let month { s += "-" + Self.twoDigits(month) }
    if let day { s += "-" + Self.twoDigits(day) }
    return s
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

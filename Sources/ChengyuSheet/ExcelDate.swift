/// Excel's date serials: days counted from 1900-01-00 (the 1900 system, Windows default) or from
/// 1904-01-01 (the 1904 system of old Mac workbooks, `date1904` in workbook.xml).
///
/// The 1900 system inherits Lotus 1-2-3's bug that 1900 was a leap year: serial 60 is the
/// nonexistent 1900-02-29, so serials from 61 on are one day ahead of a plain count.
public enum ExcelDate {
  /// The calendar day of a serial (its time of day dropped), or nil for 0, 60 in the 1900
  /// system, negative values and values past 9999-12-31.
  public static func day(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    let n = Int(serial.rounded(.down))
    if date1904 { return civil(daysFromCivil(1904, 1, 1) + n) }
    guard n >= 1, n != 60 else { return nil }
    // Day 1 is 1900-01-01; past the phantom 29 February every serial is one too high.
    return civil(daysFromCivil(1899, 12, 31) + (n < 60 ? n : n - 1))
  }

  /// Days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian calendar).
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp + (mp < 10 ? 3 : -9)
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// Whether a number format shows a date: the built-in date formats (including the CJK ones,
  /// 27–36 and 50–58, that Chinese Excel uses for 2016年3月1日) or a custom code with a year or
  /// day part outside quoted text, escapes and brackets (not `e`: 0.00E+00 is scientific).
  public static func isDateFormat(id: Int, code: String?) -> Bool {
    if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
      return true
    }
    guard let code else { return false }
    var inQuote = false
    var inBracket = false
    var escaped = false
    for c in code.lowercased() {
      if escaped { escaped = false; continue }
      switch c {
      case "\\": escaped = true
      case "\"": inQuote.toggle()
      case "[" where !inQuote: inBracket = true
      case "]" where !inQuote: inBracket = false
      case "y", "d", "年", "日": if !inQuote && !inBracket { return true }
      default: break
      }
    }
    return false
  }
}

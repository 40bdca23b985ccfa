/// Year ranges typed as text, for the explorer's Compare screen: `2011-2013,2014-2016,2017-2020`
/// or `stages` (the three national stages). A problem names the part that is wrong, so a prompt
/// can say what to fix.
public enum PeriodList {
  /// The most periods compared at once: each one is a whole network with its measures, and
  /// they stand side by side in columns.
  public static let maxPeriods = 8
  /// Years a range may name.
  public static let years = 1000...9999

  /// What is wrong with a period list.
  public enum Problem: Error, Equatable, Sendable {
    /// Fewer than two ranges (the count given).
    case tooFew(Int)
    /// More than `maxPeriods` ranges (the count given).
    case tooMany(Int)
    /// A part that is not `YYYY` or `YYYY-YYYY` (the part, cleaned of control characters).
    case notARange(String)
    /// A range whose first year is after its last.
    case reversed(String)
  }

  /// The ranges of `text`: `stages`, or two or more `YYYY` / `YYYY-YYYY` parts separated by
  /// commas (spaces around them are ignored; an en dash works as the hyphen).
  public static func parse(_ text: String) -> Result<[ClosedRange<Int>], Problem> {
    let trimmed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    if trimmed == "stages" { return .success(PeriodComparison.nationalStages) }
    let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.split(separator: " ").joined() }
    if parts.count == 1 && parts[0].isEmpty { return .failure(.tooFew(0)) }
    var ranges: [ClosedRange<Int>] = []
    for part in parts {
      let ends = part.split(separator: "-", omittingEmptySubsequences: false).flatMap {
        $0.split(separator: "–", omittingEmptySubsequences: false)
      }
      let clean = TextSanitizer.clean(String(part))
      guard (1...2).contains(ends.count), let first = year(ends[0]), let last = year(ends[ends.count - 1]) else {
        return .failure(.notARange(clean))
      }
      guard first <= last else { return .failure(.reversed(clean)) }
      ranges.append(first...last)
    }
    guard ranges.count >= 2 else { return .failure(.tooFew(ranges.count)) }
    guard ranges.count <= maxPeriods else { return .failure(.tooMany(ranges.count)) }
    return .success(ranges)
  }

  /// The ranges written back as `parse` reads them (`2011-2015,2016-2019,2020`).
  public static func text(_ ranges: [ClosedRange<Int>]) -> String {
    ranges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
      .joined(separator: ",")
  }

  /// A four-digit year (ASCII digits only).
  private static func year(_ s: Substring) -> Int? {
    guard s.utf8.count == 4, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let y = Int(s), years.contains(y) else { return nil }
    return y
  }
}

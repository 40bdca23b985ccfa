/// Case-insensitive substring matching for search boxes and `--text`.
///
/// ASCII letters are folded to lower case so `chongqing` finds "Chongqing"; Chinese text matches
/// as written.
public enum TextMatch {
  /// The text with ASCII letters lower-cased; fold a needle once before matching.
  public static func fold(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return s }
    return String(decoding: s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
  }

  /// True when `needle` (already folded) occurs in any of the fields.
  public static func matches(_ foldedNeedle: String, _ fields: String...) -> Bool {
    matches(foldedNeedle, fields)
  }

  /// True when `foldedNeedle` occurs in any of the fields (an empty needle matches).
  public static func matches(_ foldedNeedle: String, _ fields: [String]) -> Bool {
    if foldedNeedle.isEmpty { return true }
    return fields.contains { fold($0).contains(foldedNeedle) }
  }
}

extension City {
  /// Whether the city's id, names or former names contain the folded text, or its code starts
  /// with it (a prefix, so a date such as `2016` never names a government by its code).
  public func matches(folded text: String) -> Bool {
    if !adcode.isEmpty, !text.isEmpty, adcode.hasPrefix(text) { return true }
    return TextMatch.matches(text, [id.rawValue, nameZh, nameEn] + formerNames)
  }
}

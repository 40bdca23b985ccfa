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
    // A needle longer than the field cannot occur in it; checking first matters because
    // `contains` indexes the whole needle on every call (a 100 KB needle took minutes).
    let length = foldedNeedle.utf8.count
    return fields.contains { $0.utf8.count >= length && fold($0).contains(foldedNeedle) }
  }
}

extension City {
  /// Whether the city's id, names, former names or code contain the folded text.
  public func matches(folded text: String) -> Bool {
    TextMatch.matches(text, [id.rawValue, nameZh, nameEn, adcode] + formerNames)
  }
}

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
  ///
  /// The fields are folded while compared, not copied (a search word is matched against every
  /// government's names when a filter is made: a folded copy of each English name was most of it).
  public static func matches(_ foldedNeedle: String, _ fields: [String]) -> Bool {
    if foldedNeedle.isEmpty { return true }
    return fields.contains { field in
      var field = field
      return field.withUTF8 { contains(foldingASCII: $0, foldedNeedle) }
    }
  }

  /// Whether `foldedNeedle` occurs in the bytes with their ASCII letters lower-cased (as
  /// `contains(fold(text), needle)`, without making the folded copy).
  public static func contains(foldingASCII h: UnsafeBufferPointer<UInt8>, _ foldedNeedle: String) -> Bool {
    var needle = foldedNeedle
    return needle.withUTF8 { contains(foldingASCII: h, bytes: $0) }
  }

  /// The same with the folded needle as bytes (the search columns keep it so). A match of whole
  /// scalars, since UTF-8 is self-synchronising; no per-call allocation, so a search as long as
  /// a paste costs what it reads.
  static func contains(foldingASCII h: UnsafeBufferPointer<UInt8>, bytes n: UnsafeBufferPointer<UInt8>) -> Bool {
    guard n.count <= h.count else { return false }
    guard n.count > 0 else { return true }
    @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
    let first = n[0]
    var i = 0
    let last = h.count - n.count
    while i <= last {
      if lower(h[i]) == first {
        var k = 1
        while k < n.count, lower(h[i + k]) == n[k] { k += 1 }
        if k == n.count { return true }
      }
      i += 1
    }
    return false
  }
}

extension City {
  /// Whether the city's id, names or former names contain the folded text, or its code starts
  /// with it (a prefix, so a date such as `2016` never names a government by its code).
  public func matches(folded text: String) -> Bool {
    if !adcode.isEmpty, !text.isEmpty, adcode.hasPrefix(text) { return true }
    return TextMatch.matches(text, id.rawValue, nameZh, nameEn) || TextMatch.matches(text, formerNames)
  }
}

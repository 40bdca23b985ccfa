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

  /// Substring search on UTF-8 bytes (a match of whole scalars, since UTF-8 is self-synchronising):
  /// a needle longer than the field fails at once, and there is no per-call allocation, so a
  /// search as long as a paste costs what it reads. `String.contains` took ~25 µs a call.
  static func contains(_ haystack: String, _ needle: String) -> Bool {
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n in
        guard n.count <= h.count else { return false }
        guard let first = n.first else { return true }
        var i = 0
        let last = h.count - n.count
        while i <= last {
          if h[i] == first && memEqual(h, from: i, n) { return true }
          i += 1
        }
        return false
      }
    }
  }

  /// Whether `foldedNeedle` occurs in the bytes with their ASCII letters lower-cased (as
  /// `contains(fold(text), needle)`, without making the folded copy).
  public static func contains(foldingASCII h: UnsafeBufferPointer<UInt8>, _ foldedNeedle: String) -> Bool {
    var needle = foldedNeedle
    return needle.withUTF8 { n in
      guard n.count <= h.count else { return false }
      guard n.count > 0 else { return true }
      @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
      let first = n[0]
      for i in 0...(h.count - n.count) where lower(h[i]) == first {
        var k = 1
        while k < n.count, lower(h[i + k]) == n[k] { k += 1 }
        if k == n.count { return true }
      }
      return false
    }
  }

  private static func memEqual(_ h: UnsafeBufferPointer<UInt8>, from start: Int, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
    for k in 1..<n.count where h[start + k] != n[k] { return false }
    return true
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

/// Escaping for XML text and attribute values (GraphML, GEXF).
enum XMLText {
  /// Escapes `& < > " '`; drops characters XML 1.0 forbids (controls other than tab, LF, CR),
  /// which a cleaned dataset should not hold anyway.
  static func escape(_ s: String) -> String {
    // Fast path (most ids, numbers and names): nothing to escape or drop. 0xEF leads the UTF-8 of
    // U+F000–U+FFFF, which holds the two forbidden noncharacters, so it takes the slow path.
    let special = s.utf8.contains { b in
      b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF
    }
    guard special else { return s }
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      case _ where u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF: break
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// `name="value"` pairs, escaped, each preceded by a space.
  static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}

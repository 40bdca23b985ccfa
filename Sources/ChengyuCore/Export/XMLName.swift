/// XML `NMTOKEN`s (XML 1.0, fifth edition), which GraphML requires for node, edge and key ids.
///
/// Dataset ids are untrusted text: one with a `/`, a space or another character outside
/// `NameChar` makes the GraphML invalid against its XSD. `tokens(for:)` keeps valid ids as they
/// are and escapes the others, each bad character as `_xHHHH_` (the hexadecimal code point), then
/// makes the results unique; the writer keeps the original id in an attribute.
enum XMLName {
  /// Whether a Unicode scalar may appear in an NMTOKEN (XML 1.0 fifth edition `NameChar`).
  static func isNameChar(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: true
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x203F...0x2040: true
    case 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD: true
    case 0x10000...0xEFFFF: true
    default: false
    }
  }

  /// Whether the whole text is an NMTOKEN (at least one character, every one a `NameChar`).
  static func isNMToken(_ s: String) -> Bool {
    !s.isEmpty && s.unicodeScalars.allSatisfy(isNameChar)
  }

  /// The text with every character that is not a `NameChar` written `_xHHHH_`; `_` for empty text.
  static func escape(_ s: String) -> String {
    guard !s.isEmpty else { return "_" }
    var out = ""
    for u in s.unicodeScalars {
      if isNameChar(u) {
        out.unicodeScalars.append(u)
      } else {
        let hex = String(u.value, radix: 16, uppercase: true)
        out += "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
      }
    }
    return out
  }

  /// One distinct NMTOKEN per id, in order: valid ids unchanged; escaped ones, and any that would
  /// collide with an earlier token, get `_2`, `_3`, … until unique.
  static func tokens(for ids: [String]) -> [String] {
    var used = Set(ids.filter(isNMToken))
    var seenValid = Set<String>()
    return ids.map { id in
      if isNMToken(id), seenValid.insert(id).inserted { return id }
      let base = escape(id)
      var candidate = base
      var n = 2
      while used.contains(candidate) {
        candidate = base + "_\(n)"
        n += 1
      }
      used.insert(candidate)
      return candidate
    }
  }
}

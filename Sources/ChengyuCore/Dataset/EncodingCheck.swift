/// Checks that a file is UTF-8 and, when it is not, whether it looks like GBK.
enum EncodingCheck {
  /// The 1-based line of the first byte that is not valid UTF-8, or nil when all is valid.
  static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var line = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): if s == "\n" { line += 1 }
      case .emptyInput: return nil
      case .error: return line
      }
    }
  }

  /// True when the file is mostly not UTF-8 and most non-ASCII bytes form GBK double-byte pairs.
  ///
  /// The first test matters: UTF-8 Chinese also forms GBK-shaped pairs, so a UTF-8 file with one
  /// stray Latin-1 byte must not be called GBK.
  static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var utf8Multibyte = 0
    var utf8Errors = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): if s.value >= 0x80 { utf8Multibyte += 1 }
      case .emptyInput: break decoding
      case .error: utf8Errors += 1
      }
    }
    guard utf8Errors > utf8Multibyte else { return false }
    var i = 0
    var pairs = 0
    var bad = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 { i += 1; continue }
      if (0x81...0xFE).contains(b), i + 1 < bytes.count,
        (0x40...0xFE).contains(bytes[i + 1]), bytes[i + 1] != 0x7F
      {
        pairs += 1
        i += 2
      } else {
        bad += 1
        i += 1
      }
    }
    return pairs > 0 && bad * 10 <= pairs
  }
}

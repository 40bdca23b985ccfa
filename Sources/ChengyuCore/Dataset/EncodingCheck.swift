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

  /// True when most non-ASCII bytes form valid GBK double-byte pairs.
  static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
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

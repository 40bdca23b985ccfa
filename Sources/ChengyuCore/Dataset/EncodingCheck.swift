/// Checks that a file is UTF-8 and, when it is not, whether it looks like UTF-16 or GBK (public
/// for coding sheets read by ChengyuImport).
public enum EncodingCheck {
  /// What to add to "file is not valid UTF-8": the likely encoding and how to convert it, or "".
  ///
  /// Spreadsheet programs save "Unicode text" as UTF-16 with a byte-order mark, and Chinese
  /// Windows tools save GBK; both are common for files that reach a researcher.
  public static func hint(_ bytes: [UInt8]) -> String { hint(of: bytes) }

  /// As `hint(_:)`, for a file's bytes however they are held (an array or a mapping).
  static func hint<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> String where Bytes.Index == Int {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return "; it looks like UTF-16 (it starts with a UTF-16 byte-order mark): convert it with `iconv -f UTF-16 -t UTF-8`"
    }
    // Without a mark, UTF-16 text is mostly ASCII letters each paired with a zero byte.
    let head = bytes.prefix(4096)
    if head.count >= 4, head.filter({ $0 == 0 }).count * 4 >= head.count {
      return "; it looks like UTF-16 (every other byte is zero): convert it with `iconv -f UTF-16LE -t UTF-8` (or UTF-16BE)"
    }
    if looksLikeGBK(of: bytes) { return "; it looks like GBK: convert it with `iconv -f GBK -t UTF-8`" }
    return ""
  }

  /// The 1-based line of the first byte that is not valid UTF-8, or nil when all is valid.
  ///
  /// A hand-written validator (RFC 3629 table: no overlongs, surrogates or values past U+10FFFF):
  /// decoding scalar by scalar took longer than parsing the CSV itself.
  public static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in firstInvalidOffset(buffer).map { line(at: $0, in: buffer) } }
  }

  /// The 1-based line holding byte `offset`. Lines are counted only when there is a problem: LF,
  /// CRLF and a lone CR each end a line, as in the CSV reader.
  static func line(at offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    for i in 0..<offset {
      let b = buffer[i]
      if b == 0x0A || (b == 0x0D && (i + 1 == buffer.count || buffer[i + 1] != 0x0A)) { line += 1 }
    }
    return line
  }

  /// The offset of the first byte that is not valid UTF-8, or nil. Runs of ASCII are skipped
  /// eight bytes at a time (a million-agreement file is mostly ASCII: this check was a fifth of
  /// the columnar load).
  static func firstInvalidOffset(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    check(buffer, from: 0, to: buffer.count).invalid
  }

  /// Checks the sequences that start in `from..<to` (`from` starts one; a sequence begun before
  /// `to` is read to its end, so parts of a file can be checked apart, even on two threads):
  /// where checking stopped (at or just past `to`) and the first invalid offset, if any.
  static func check(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (end: Int, invalid: Int?) {
    guard let p = buffer.baseAddress else { return (to, nil) }
    let n = buffer.count
    var i = from
    while i < to {
      while i &+ 8 <= to, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i &+= 8
      }
      guard i < to else { break }
      let b = p[i]
      if b < 0x80 {
        i &+= 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xED: length = 3; high = 0x9F
      case 0xE1...0xEF: length = 3
      case 0xF0: length = 4; low = 0x90
      case 0xF4: length = 4; high = 0x8F
      case 0xF1...0xF3: length = 4
      default: return (i, i)
      }
      guard i + length <= n, (low...high).contains(p[i + 1]) else { return (i, i) }
      for k in 2..<length where p[i + k] & 0xC0 != 0x80 { return (i, i) }
      i &+= length
    }
    return (i, nil)
  }

  /// True when the file is mostly not UTF-8 and most non-ASCII bytes form GBK double-byte pairs.
  ///
  /// The first test matters: UTF-8 Chinese also forms GBK-shaped pairs, so a UTF-8 file with one
  /// stray Latin-1 byte must not be called GBK.
  public static func looksLikeGBK(_ bytes: [UInt8]) -> Bool { looksLikeGBK(of: bytes) }

  static func looksLikeGBK<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> Bool where Bytes.Index == Int {
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

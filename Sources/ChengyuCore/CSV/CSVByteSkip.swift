/// Skips bytes eight at a time until one of three given byte values (SWAR: "SIMD within a
/// register", the has-zero-byte trick from Hacker's Delight 6-1). It halves the scanner's time
/// on text with long runs between separators (docs/csv-parser.md).
enum CSVByteSkip {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The offset of the first byte at or after `i` that equals `a`, `b` or `c`, or `n` when there
  /// is none before `n`. Reads only bytes in `i..<n`.
  @inline(__always)
  static func next(
    _ p: UnsafePointer<UInt8>, from i: Int, to n: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8
  ) -> Int {
    var i = i
    #if _endian(little)
      let ma = ones &* UInt64(a), mb = ones &* UInt64(b), mc = ones &* UInt64(c)
      while i &+ 8 <= n {
        let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
        let hits = zeroBytes(w ^ ma) | zeroBytes(w ^ mb) | zeroBytes(w ^ mc)
        // The lowest flag is always a true match (false flags only appear above a true one), and
        // on a little-endian machine the lowest byte comes first in memory.
        if hits != 0 { return i &+ hits.trailingZeroBitCount >> 3 }
        i &+= 8
      }
    #endif
    while i < n {
      let x = p[i]
      if x == a || x == b || x == c { return i }
      i &+= 1
    }
    return n
  }

  /// High bit set in each byte of `x` that may be zero; the lowest flagged byte is exact.
  @inline(__always)
  private static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
}

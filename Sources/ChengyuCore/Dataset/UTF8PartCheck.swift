/// The UTF-8 check of one part of agreements.csv, run a chunk at a time just ahead of that part's
/// parse (issue 11: checking the whole file first was a serial pass over 379 MB before the two
/// parse threads started; now each thread checks its own part while the bytes are in cache).
///
/// The parts meet just past a line feed (`splitPoint`), which no UTF-8 sequence contains, so the
/// first invalid byte of the file is the first part's, else the second's.
struct UTF8PartCheck {
  /// Bytes checked per step: well inside the cache, and many rows between two steps.
  static let chunk = 1 << 16

  /// The part's end (exclusive); a sequence begun before it is read to its end.
  let end: Int
  /// `start..<checked` is valid UTF-8 (at a sequence boundary).
  private(set) var checked: Int
  /// The offset of the part's first invalid byte, once found (checking then stops).
  private(set) var invalid: Int?

  init(_ range: Range<Int>) {
    end = range.upperBound
    checked = range.lowerBound
  }

  /// Where the second part starts when the split is searched from `from`: just past the first
  /// line feed at or after it (the end when there is none).
  static func splitPoint(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var k = min(from, p.count)
    while k < p.count {
      if p[k] == 0x0A { return k + 1 }
      k += 1
    }
    return p.count
  }

  /// Checks the next chunk once the parse has reached `position` (called at every record).
  @inline(__always)
  mutating func keepAhead(of position: Int, _ p: UnsafeBufferPointer<UInt8>) {
    guard position >= checked, checked < end, invalid == nil else { return }
    step(to: min(end, max(position, checked) + Self.chunk), p)
  }

  /// Checks the rest of the part (the parse stopped early, failed, or ran past the part).
  mutating func finish(_ p: UnsafeBufferPointer<UInt8>) {
    if checked < end, invalid == nil { step(to: end, p) }
  }

  private mutating func step(to: Int, _ p: UnsafeBufferPointer<UInt8>) {
    let (stopped, bad) = EncodingCheck.check(p, from: checked, to: to)
    checked = stopped
    invalid = bad
  }
}

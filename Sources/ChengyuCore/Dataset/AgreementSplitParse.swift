import Dispatch

/// Whether agreements.csv is parsed in two halves side by side (issue 11: the load of a million
/// agreements was one core's work while the other idled).
enum AgreementSplit: Sendable, Equatable {
  /// One pass.
  case never
  /// Two parts when the file has at least `automaticMinimum` bytes and two processors are online.
  case automatic
  /// Two halves, the boundary searched from this byte offset (tests put it where they want).
  case searchingFrom(Int)

  /// Below this a thread costs more than it saves (8 MiB parse in ~20 ms).
  static let automaticMinimum = 8 << 20

  /// Where to look for the boundary in a file of `bytes` bytes, or nil for one pass.
  func searchStart(bytes: Int) -> Int? {
    switch self {
    case .never: nil
    // Just past the middle: the later half's thread first counts the quotes up to the boundary
    // (about a fifteenth of a parse per byte), so the halves then take as long.
    case .automatic: bytes >= Self.automaticMinimum && ParallelSources.processorCount >= 2 ? bytes / 64 * 33 : nil
    case .searchingFrom(let offset): offset
    }
  }
}

/// Parses the data rows of agreements.csv, in two halves at once when `AgreementSplit` says so,
/// with the outcome one pass would give: the same rows, problems in file order (the first half's
/// first), the same syntax error. The halves are joined only when that is certain: the first
/// half's scanner ended exactly at the boundary on the expected line, and the ids rose in both
/// and across (so no id of the second half repeats one of the first); otherwise the first half's
/// pass simply goes on to the end, which is the one pass.
enum AgreementSplitParse {
  struct Outcome {
    var pass: AgreementRowsPass
    /// The syntax error that replaces every other problem of the file.
    var error: CSVError?
    /// Where the halves were joined, nil when the rows were read in one pass.
    var splitAt: Int?
    /// The file's first byte that is not UTF-8: it replaces every problem, the syntax error too
    /// (as the check before the parse did when it was a pass of its own).
    var invalidUTF8: Int?
  }

  /// `first` is positioned after the header; `second` makes the pass of the later half from a
  /// scanner (placed once the boundary is known) and the UTF-8 check of its part; `progress`
  /// takes the share (0…1) read. Each pass checks the UTF-8 of its own part as it parses.
  ///
  /// The later half's thread finds the boundary (a count of quotes up to the middle, ~0.02 s
  /// for 200 MB) while this one parses the start: it is waited for only if this one
  /// reaches the middle first.
  static func parse(
    _ first: AgreementRowsPass, bytes p: UnsafeBufferPointer<UInt8>, split: AgreementSplit,
    second: (CSVScanner, UTF8PartCheck) -> AgreementRowsPass, progress: ((Double) -> Void)?
  ) -> Outcome {
    var first = first
    let total = Double(max(1, p.count))
    func rest(splitAt: Int?, laterInvalid: Int?) -> Outcome {
      var error: CSVError?
      do throws(CSVError) {
        try first.run(p, progress: progress.map { report in { report(Double($0) / total) } })
      } catch let e {
        error = e
      }
      first.utf8.finish(p)
      let invalid = first.utf8.invalid ?? laterInvalid
      return Outcome(pass: first, error: error, splitAt: error == nil ? splitAt : nil, invalidUTF8: invalid)
    }
    guard let start = split.searchStart(bytes: p.count) else { return rest(splitAt: nil, laterInvalid: nil) }
    let from = max(start, first.scanner.position)
    guard from < p.count else { return rest(splitAt: nil, laterInvalid: nil) }
    // The UTF-8 check is cut just past a line feed (no sequence holds one), the parse at the
    // boundary: each thread checks its part whatever becomes of the parse.
    let middle = UTF8PartCheck.splitPoint(p, from: from)
    first.utf8 = UTF8PartCheck(0..<middle)
    let later = LaterHalf(second(first.scanner, UTF8PartCheck(middle..<p.count)), p, from: from)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { later.run() }
    var known: Int?? = nil
    var error: CSVError?
    do throws(CSVError) {
      try first.run(p, progress: progress.map { report in { report(min(1, Double($0) / Double(from))) } }) { position in
        guard position >= from else { return false }
        if known == nil {
          later.found.wait()
          known = later.boundary
        }
        guard let boundary = known ?? nil else { return false }
        return position >= boundary
      }
    } catch let e {
      error = e
    }
    first.utf8.finish(p)
    group.wait()
    let laterInvalid = later.pass.utf8.invalid
    if let invalid = first.utf8.invalid ?? laterInvalid {
      return Outcome(pass: first, error: error, splitAt: nil, invalidUTF8: invalid)
    }
    // The first half's error is the first one a single pass meets.
    if let error { return Outcome(pass: first, error: error, splitAt: nil) }
    // Joined only where the first half's scanner ended a record: a single pass would go on
    // from there in the same state, on this line (the later half counted from 1).
    guard let boundary = later.boundary, first.scanner.position == boundary
    else { return rest(splitAt: nil, laterInvalid: nil) }
    let shift = first.scanner.line - 1
    if var error = later.error {
      error.line += shift
      return Outcome(pass: first, error: error, splitAt: boundary)
    }
    guard first.rows.idsRise(into: later.pass.rows, p) else { return rest(splitAt: nil, laterInvalid: nil) }
    later.pass.shiftLines(by: shift)
    first.append(takingFrom: &later.pass)
    return Outcome(pass: first, error: nil, splitAt: boundary)
  }

  /// The first record boundary the quotes allow at or after `from`: just past a line feed with
  /// an even number of quotes before it; nil when there is none before the end. A stray quote
  /// inside an unquoted field (kept as text) can make it wrong: `parse` checks it.
  ///
  /// Only quotes are counted: the line the boundary starts is known once the first half's
  /// scanner reaches it, and the later half's lines are shifted then (counting line ends too,
  /// CR LF pairs included, made this a fifth of the later half's work).
  static func boundary(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    let n = p.count
    guard from < n, let base = p.baseAddress else { return nil }
    var quotes = 0
    var i = 0
    // Sixteen bytes a step, two words counted apart: ~0.02 s for 200 MB.
    while i &+ 16 <= from {
      let a = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      let b = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
      quotes &+= matches(a, 0x22) &+ matches(b, 0x22)
      i &+= 16
    }
    while i < from {
      if p[i] == 0x22 { quotes += 1 }
      i += 1
    }
    var k = from
    while k < n {
      switch p[k] {
      case 0x22: quotes += 1
      case 0x0A where quotes & 1 == 0: return k + 1 < n ? k + 1 : nil
      default: break
      }
      k += 1
    }
    return nil
  }

  private static let ones = 0x0101_0101_0101_0101 as UInt64

  /// How many bytes of `w` equal `byte` (exact: no carry crosses a byte).
  @inline(__always)
  static func matches(_ w: UInt64, _ byte: UInt8) -> Int {
    zeroBytes(w ^ (UInt64(byte) &* ones)).nonzeroBitCount
  }

  /// The high bit of every byte of `x` that is zero, and no other bit (exact: no carry crosses a
  /// byte, so the masks of two words can be shifted against each other).
  @inline(__always)
  static func zeroBytes(_ x: UInt64) -> UInt64 {
    let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
    return ~(((x & low) &+ low) | x | low)
  }
}

/// The later half: finds the boundary, tells the first half (`found`), then parses from it, and
/// checks the UTF-8 of its part in any case. Its fields are read by the other thread only after
/// `found` (the boundary) or the group's wait; the bytes outlive both (`parse` waits).
private final class LaterHalf: @unchecked Sendable {
  var pass: AgreementRowsPass
  var error: CSVError?
  private(set) var boundary: Int?
  let found = DispatchSemaphore(value: 0)
  private let bytes: UnsafeBufferPointer<UInt8>
  private let from: Int

  init(_ pass: AgreementRowsPass, _ bytes: UnsafeBufferPointer<UInt8>, from: Int) {
    self.pass = pass
    self.bytes = bytes
    self.from = from
  }

  func run() {
    let p = bytes
    boundary = AgreementSplitParse.boundary(p, from: from)
    found.signal()
    if let boundary {
      // Lines counted from the boundary's; `parse` shifts them once the first half knows it.
      pass.scanner = CSVScanner(maxFields: pass.scanner.maxFields, position: boundary, line: 1)
      do throws(CSVError) { try pass.run(p) } catch let e { error = e }
    }
    pass.utf8.finish(p)
  }
}

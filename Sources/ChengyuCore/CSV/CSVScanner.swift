/// The RFC 4180 state machine: finds the fields of one record at a time in a byte buffer.
///
/// It keeps only a position and a line count and never copies bytes, so the caller decides
/// which fields become Strings (docs/csv-parser.md has the timings). Reads through a raw pointer,
/// so no per-byte bounds or uniqueness checks run; every read is guarded by `i < n` instead, and
/// runs of ordinary bytes are skipped eight at a time (`CSVByteSkip`).
struct CSVScanner: Sendable {
  private static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

  /// Offset of the next unread byte.
  private(set) var position: Int
  /// The 1-based physical line of `position`; LF, CRLF and a lone CR each end a line.
  private(set) var line = 1
  /// Most fields a record may have: a 100 MB line of commas must fail fast, not hold 100 million
  /// field spans (2.4 GB).
  let maxFields: Int

  /// A scanner at the start of `bytes`, past a UTF-8 byte-order mark if there is one.
  init(bytes: UnsafeBufferPointer<UInt8>, maxFields: Int) {
    self.maxFields = maxFields
    let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    position = bom ? 3 : 0
  }

  /// A scanner resuming at `position`, a record boundary on physical line `line` (the second
  /// half of a file parsed in two, `AgreementSplitParse`).
  init(maxFields: Int, position: Int, line: Int) {
    self.maxFields = maxFields
    self.position = position
    self.line = line
  }

  /// Scans the next record into `spans` (replacing its contents) and returns the line the record
  /// starts on, or nil at the end of input.
  ///
  /// Blank lines (a line break right where a record would start) are not records and are skipped;
  /// a record of one empty field must be written `""`, as Python's csv writer does.
  mutating func nextRecord(
    in bytes: UnsafeBufferPointer<UInt8>, into spans: inout [CSVFieldSpan]
  ) throws(CSVError) -> Int? {
    guard let p = bytes.baseAddress else { return nil }
    let n = bytes.count
    var i = position
    var line = self.line
    defer {
      position = i
      self.line = line
    }
    while i < n, p[i] == Self.lf || p[i] == Self.cr {
      if p[i] == Self.cr, i + 1 < n, p[i + 1] == Self.lf { i += 1 }
      i += 1
      line += 1
    }
    guard i < n else { return nil }
    let recordLine = line
    spans.removeAll(keepingCapacity: true)
    while true {
      let separator: UInt8
      guard spans.count < maxFields else {
        throw CSVError(line: recordLine, reason: "record has more than \(maxFields) fields (the limit per record)")
      }
      if i < n, p[i] == Self.quote {
        let openLine = line
        i += 1
        let start = i
        var doubled = false
        while true {
          i = CSVByteSkip.next(p, from: i, to: n, Self.quote, Self.lf, Self.cr)
          guard i < n else {
            throw CSVError(
              line: openLine, reason: "quoted field is not closed before the end of the file")
          }
          let b = p[i]
          if b == Self.quote {
            if i + 1 < n, p[i + 1] == Self.quote {
              doubled = true
              i += 2
              continue
            }
            break
          }
          // Count lines inside the quotes so later records report their true line.
          if b == Self.lf || (b == Self.cr && !(i + 1 < n && p[i + 1] == Self.lf)) { line += 1 }
          i += 1
        }
        spans.append(CSVFieldSpan(start: start, end: i, hasDoubledQuotes: doubled))
        i += 1  // the closing quote
        guard i < n else { return recordLine }
        separator = p[i]
        guard separator == Self.comma || separator == Self.lf || separator == Self.cr else {
          throw CSVError(
            line: line,
            reason: "unexpected text after the closing quote of field \(spans.count) "
              + "(a quote inside a quoted field must be doubled: \"\")")
        }
      } else {
        // Unquoted: only a comma or a line break ends it; a stray quote is kept as text.
        let start = i
        i = CSVByteSkip.next(p, from: i, to: n, Self.comma, Self.lf, Self.cr)
        spans.append(CSVFieldSpan(start: start, end: i, hasDoubledQuotes: false))
        guard i < n else { return recordLine }
        separator = p[i]
      }
      i += 1
      if separator == Self.comma { continue }
      if separator == Self.cr, i < n, p[i] == Self.lf { i += 1 }
      line += 1
      return recordLine
    }
  }
}

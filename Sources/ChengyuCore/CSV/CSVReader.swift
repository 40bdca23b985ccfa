/// A streaming RFC 4180 reader over UTF-8 bytes.
///
/// Handles quoted fields, doubled quotes, embedded line breaks, LF, CRLF and lone CR, a leading
/// byte-order mark, and reports the physical line each record starts on. Blank lines are not
/// records: they are skipped but counted (a record of one empty field is written `""`). The Swift
/// CSV packages were measured far slower than libcsv (docs/csv-parser.md), hence this scanner.
///
/// `next()` returns one owned record at a time; `forEachRecord` is the fast path that makes no
/// Strings unless the callback asks for them.
public struct CSVReader: Sendable {
  private let bytes: [UInt8]
  private var scanner: CSVScanner
  private var spans: [CSVFieldSpan] = []
  private var failure: CSVError?

  /// Most fields a record may have by default: far more than any table needs, few enough that a
  /// file of nothing but commas fails at once instead of exhausting memory.
  public static let defaultMaxFields = 10_000

  /// A reader over the whole contents of a file; a record with more than `maxFields` fields is
  /// an error.
  public init(bytes: [UInt8], maxFields: Int = CSVReader.defaultMaxFields) {
    self.bytes = bytes
    scanner = bytes.withUnsafeBufferPointer { CSVScanner(bytes: $0, maxFields: maxFields) }
  }

  /// The next record, or nil at the end of input. After an error every call throws it again.
  public mutating func next() throws(CSVError) -> CSVRecord? {
    var record: CSVRecord?
    _ = try scan(all: false) { view in record = view.record() }
    return record
  }

  /// Calls `body` for every remaining record, in order. The view is valid only during the call.
  public mutating func forEachRecord(_ body: (CSVRecordView) -> Void) throws(CSVError) {
    _ = try scan(all: true, body)
  }

  /// Scans one record (or all of them) and hands each to `body`; false at the end of input.
  private mutating func scan(all: Bool, _ body: (CSVRecordView) -> Void) throws(CSVError) -> Bool {
    if let failure { throw failure }
    let bytes = self.bytes
    var scanner = self.scanner
    // Moved out so the array stays uniquely referenced and is reused without copying.
    var spans: [CSVFieldSpan] = []
    swap(&spans, &self.spans)
    defer {
      self.scanner = scanner
      swap(&spans, &self.spans)
    }
    do {
      return try bytes.withUnsafeBufferPointer { buffer throws(CSVError) -> Bool in
        repeat {
          guard let line = try scanner.nextRecord(in: buffer, into: &spans) else { return false }
          spans.withUnsafeBufferPointer { body(CSVRecordView(bytes: buffer, spans: $0, line: line)) }
        } while all
        return true
      }
    } catch {
      failure = error
      throw error
    }
  }
}

/// One record as found in the input, with Strings made only for the fields asked for.
///
/// It points into the reader's bytes and is valid only inside the `CSVReader.forEachRecord`
/// callback that receives it; copy out what you need (`string(at:)`, `record()`).
public struct CSVRecordView {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let spans: UnsafeBufferPointer<CSVFieldSpan>
  /// The 1-based physical line the record starts on.
  public let line: Int

  init(bytes: UnsafeBufferPointer<UInt8>, spans: UnsafeBufferPointer<CSVFieldSpan>, line: Int) {
    self.bytes = bytes
    self.spans = spans
    self.line = line
  }

  /// The number of fields.
  public var count: Int { spans.count }

  /// Where field `index` lies in the input bytes.
  public func span(at index: Int) -> CSVFieldSpan { spans[index] }

  /// Calls `body` with the stored bytes of field `index` (doubled quotes not yet collapsed).
  public func withStoredBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    body(UnsafeBufferPointer(rebasing: bytes[spans[index].start..<spans[index].end]))
  }

  /// Field `index` as a String, with doubled quotes collapsed; invalid UTF-8 is repaired.
  public func string(at index: Int) -> String {
    let span = spans[index]
    let raw = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
    guard span.hasDoubledQuotes else { return String(decoding: raw, as: UTF8.self) }
    let collapsed = String(unsafeUninitializedCapacity: raw.count) { out in
      var o = 0
      var i = 0
      while i < raw.count {
        out[o] = raw[i]
        o += 1
        // The scanner only sets the flag for well-formed pairs, so a quote is always followed by one.
        i += raw[i] == 0x22 ? 2 : 1
      }
      return o
    }
    return collapsed
  }

  /// All fields as Strings.
  public var fields: [String] { (0..<spans.count).map(string(at:)) }

  /// A copy that outlives the callback.
  public func record() -> CSVRecord { CSVRecord(line: line, fields: fields) }
}

/// Appends RFC 4180 records to a byte buffer: LF line ends, fields quoted only when needed.
public struct CSVWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty writer.
  public init() {}

  /// Appends one record. A field is quoted when it holds a comma, quote or line break, when it
  /// has leading or trailing spaces, and when it is the only field and empty (else it would be a
  /// blank line, which readers skip).
  public mutating func append(_ fields: [String]) {
    for (i, field) in fields.enumerated() {
      if i > 0 { bytes.append(0x2C) }
      let utf8 = field.utf8
      let mustQuote = (fields.count == 1 && utf8.isEmpty)
        || utf8.first == 0x20 || utf8.last == 0x20
        || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      guard mustQuote else {
        bytes.append(contentsOf: utf8)
        continue
      }
      bytes.append(0x22)
      for b in utf8 {
        bytes.append(b)
        if b == 0x22 { bytes.append(0x22) }
      }
      bytes.append(0x22)
    }
    bytes.append(0x0A)
  }
}

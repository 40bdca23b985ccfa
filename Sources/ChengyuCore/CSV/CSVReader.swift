/// A streaming RFC 4180 reader over UTF-8 bytes.
///
/// Handles quoted fields, doubled quotes, embedded newlines, LF and CRLF, a leading byte-order
/// mark, and reports the line each record starts on. The Swift CSV packages were measured far
/// slower (docs/csv-parser.md), hence this byte-level scanner.
public struct CSVReader: Sendable {
  private let bytes: [UInt8]
  private var position: Int
  private var line = 1

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    // Skip a UTF-8 byte-order mark.
    position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// The next record, or nil at the end of input. Blank lines are skipped.
  public mutating func next() throws(CSVError) -> CSVRecord? {
    let count = bytes.count
    // Skip blank lines between records.
    while position < count, bytes[position] == 0x0A || bytes[position] == 0x0D {
      if bytes[position] == 0x0A { line += 1 }
      position += 1
    }
    guard position < count else { return nil }
    let startLine = line
    var fields: [String] = []
    while true {
      let (field, ended) = try readField(recordLine: startLine)
      fields.append(field)
      if ended { break }
    }
    return CSVRecord(line: startLine, fields: fields)
  }

  /// Reads one field; `ended` is true when the field closes its record.
  private mutating func readField(recordLine: Int) throws(CSVError) -> (String, ended: Bool) {
    let count = bytes.count
    if position < count, bytes[position] == 0x22 {
      return try readQuotedField(recordLine: recordLine)
    }
    let start = position
    while position < count {
      let b = bytes[position]
      if b == 0x2C {
        let field = makeString(start, position)
        position += 1
        return (field, false)
      }
      if b == 0x0A || b == 0x0D {
        let field = makeString(start, position)
        consumeNewline()
        return (field, true)
      }
      position += 1
    }
    return (makeString(start, position), true)
  }

  private mutating func readQuotedField(recordLine: Int) throws(CSVError) -> (String, ended: Bool) {
    let count = bytes.count
    position += 1  // opening quote
    var start = position
    var pieces: [UInt8]? = nil  // only allocated when the field holds a doubled quote
    while true {
      guard position < count else {
        throw CSVError(line: recordLine, reason: "quoted field is not closed before the end of the file")
      }
      let b = bytes[position]
      if b == 0x22 {
        if position + 1 < count, bytes[position + 1] == 0x22 {
          pieces = (pieces ?? []) + bytes[start...position]
          position += 2
          start = position
          continue
        }
        let tail = bytes[start..<position]
        position += 1  // closing quote
        let field = pieces.map { String(decoding: $0 + tail, as: UTF8.self) }
          ?? String(decoding: tail, as: UTF8.self)
        // After the closing quote only a separator, a newline or the end may follow.
        if position >= count { return (field, true) }
        switch bytes[position] {
        case 0x2C:
          position += 1
          return (field, false)
        case 0x0A, 0x0D:
          consumeNewline()
          return (field, true)
        default:
          throw CSVError(line: line, reason: "unexpected text after a closing quote")
        }
      }
      if b == 0x0A { line += 1 }
      position += 1
    }
  }

  private mutating func consumeNewline() {
    if bytes[position] == 0x0D {
      position += 1
      if position < bytes.count, bytes[position] == 0x0A { position += 1 }
    } else {
      position += 1
    }
    line += 1
  }

  private func makeString(_ start: Int, _ end: Int) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
  }
}

import ChengyuCore

/// `csv-dump FILE` (hidden): prints each record as a JSON line, `{"line":N,"fields":[…]}`, or
/// `{"error":{"line":N,"reason":"…"}}` and exit status 1 on a syntax error. scripts/check-csv.py
/// compares this with Python's csv module.
enum CSVDumpMode {
  static func run(_ arguments: ArraySlice<String>) throws {
    guard arguments.count == 1, let path = arguments.first else {
      throw UsageError(message: "csv-dump needs one file")
    }
    guard let bytes = FileIO.readAll(path: path) else {
      throw UsageError(message: "\(path): cannot read (\(FileIO.lastErrorText()))")
    }
    var out = OutputBuffer()
    var reader = CSVReader(bytes: bytes)
    do {
      while let record = try reader.next() {
        out.append("{\"line\":\(record.line),\"fields\":[")
        for (i, field) in record.fields.enumerated() {
          if i > 0 { out.append(",") }
          appendJSONString(field, to: &out)
        }
        out.append("]}\n")
      }
      out.flush()
    } catch {
      out.append("{\"error\":{\"line\":\(error.line),\"reason\":")
      appendJSONString(error.reason, to: &out)
      out.append("}}\n")
      out.flush()
      throw DumpFailed()
    }
  }

  struct DumpFailed: Error, CustomStringConvertible {
    var description: String { "CSV syntax error (see the JSON line above)" }
  }

  /// A JSON string literal: quote, backslash and control characters escaped, the rest as UTF-8.
  static func appendJSONString(_ text: String, to out: inout OutputBuffer) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    out.appendByte(0x22)
    for b in text.utf8 {
      switch b {
      case 0x22: out.append("\\\"")
      case 0x5C: out.append("\\\\")
      case 0x0A: out.append("\\n")
      case 0x0D: out.append("\\r")
      case 0x09: out.append("\\t")
      case 0x00..<0x20:
        out.append("\\u00")
        out.appendByte(hex[Int(b >> 4)])
        out.appendByte(hex[Int(b & 0xF)])
      default: out.appendByte(b)
      }
    }
    out.appendByte(0x22)
  }
}

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
          out.append(JSONValue.string(field).serialized())
        }
        out.append("]}\n")
      }
      out.flush()
    } catch {
      out.append("{\"error\":{\"line\":\(error.line),\"reason\":")
      out.append(JSONValue.string(error.reason).serialized())
      out.append("}}\n")
      out.flush()
      throw DumpFailed()
    }
  }

  struct DumpFailed: Error, CustomStringConvertible {
    var description: String { "CSV syntax error (see the JSON line above)" }
  }
}

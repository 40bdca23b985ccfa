/// One CSV file of a dataset, read into rows addressed by column name.
struct CSVTable {
  struct Row {
    let line: Int
    let fields: [String]
    let columns: [String: Int]

    /// The sanitized, trimmed value of a column, or "" when the column is absent.
    subscript(_ name: String) -> String {
      guard let i = columns[name], i < fields.count else { return "" }
      return TextSanitizer.clean(fields[i]).trimmingSpaces()
    }

    /// A `;`-separated cell as a list, with empty entries dropped.
    func list(_ name: String) -> [String] {
      self[name].split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
  }

  let file: String
  let rows: [Row]

  /// Reads a file, appending every problem to `issues`; nil when nothing usable could be read.
  static func read(
    _ name: String, from files: DatasetFiles, required: [String], issues: inout [DatasetIssue]
  ) -> CSVTable? {
    let display = files.displayName(name)
    guard let bytes = files.contents[name] else {
      issues.append(DatasetIssue(file: display, line: nil, reason: "file is missing or cannot be read"))
      return nil
    }
    if let line = EncodingCheck.firstInvalidLine(bytes) {
      let hint = EncodingCheck.looksLikeGBK(bytes)
        ? "; it looks like GBK: convert it with `iconv -f GBK -t UTF-8`" : ""
      issues.append(DatasetIssue(file: display, line: line, reason: "file is not valid UTF-8\(hint)"))
      return nil
    }
    var reader = CSVReader(bytes: bytes)
    var records: [CSVRecord] = []
    do {
      while let r = try reader.next() { records.append(r) }
    } catch {
      issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      return nil
    }
    guard let header = records.first else {
      issues.append(DatasetIssue(file: display, line: nil, reason: "file is empty (a header row is required)"))
      return nil
    }
    var columns: [String: Int] = [:]
    for (i, name) in header.fields.enumerated() { columns[name.trimmingSpaces()] = i }
    let missing = required.filter { columns[$0] == nil }
    if !missing.isEmpty {
      let list = missing.joined(separator: ", ")
      let noun = missing.count == 1 ? "column" : "columns"
      issues.append(DatasetIssue(file: display, line: header.line, reason: "missing required \(noun): \(list)"))
      return nil
    }
    var rows: [Row] = []
    rows.reserveCapacity(records.count - 1)
    for record in records.dropFirst() {
      if record.fields.count != header.fields.count {
        issues.append(DatasetIssue(
          file: display, line: record.line,
          reason: "has \(record.fields.count) \(record.fields.count == 1 ? "field" : "fields"), the header has \(header.fields.count)"))
        continue
      }
      rows.append(Row(line: record.line, fields: record.fields, columns: columns))
    }
    return CSVTable(file: display, rows: rows)
  }
}

extension String {
  /// The string without leading and trailing spaces (ASCII space only: data cells are trimmed).
  func trimmingSpaces() -> String {
    guard first == " " || last == " " else { return self }
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { $0 != " " }) else { return "" }
    let end = scalars.lastIndex(where: { $0 != " " })!
    return String(scalars[start...end])
  }
}

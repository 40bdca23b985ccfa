/// One CSV file of a dataset, read into rows addressed by column name.
struct CSVTable {
  struct Row {
    let line: Int
    /// The cells, already sanitized and trimmed (once, when the file is read).
    let fields: [String]
    let columns: [String: Int]
    /// The cells that sanitizing changed, as written (so ids with hidden characters can be
    /// refused rather than silently cleaned); empty for almost every row.
    var raw: [Int: String] = [:]

    /// The first scalar of a column that has no place in an id: one sanitizing removed (controls,
    /// bidirectional overrides) or an invisible one it keeps (U+FEFF, zero-width spaces, other
    /// format characters, non-ASCII spaces).
    func hiddenScalar(_ name: String) -> Unicode.Scalar? {
      guard let i = columns[name], i < fields.count else { return nil }
      return CSVTable.hiddenScalar(raw[i] ?? fields[i], changed: raw[i] != nil)
    }

    /// The sanitized, trimmed value of a column, or "" when the column is absent.
    subscript(_ name: String) -> String {
      guard let i = columns[name], i < fields.count else { return "" }
      return fields[i]
    }

    /// A `;`-separated cell as a list of trimmed items, with empty entries dropped.
    func list(_ name: String) -> [String] {
      var cell = self[name]
      guard !cell.isEmpty else { return [] }
      // Split the UTF-8 bytes: `;` and space are ASCII, so the pieces stay valid UTF-8, and no
      // grapheme breaking is needed (this ran for a sixth of the load time with String.split).
      return cell.withUTF8 { bytes in
        var items: [String] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x3B {
          var s = start
          var e = i
          while s < e, bytes[s] == 0x20 { s += 1 }
          while e > s, bytes[e - 1] == 0x20 { e -= 1 }
          if s < e { items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)) }
          start = i + 1
        }
        return items
      }
    }
  }

  let file: String
  let rows: [Row]
  /// Column name → field index, and the line of the header row.
  var header: [String: Int] = [:]
  var headerLine = 1

  /// Reads a file, appending every problem to `issues`; nil when nothing usable could be read.
  static func read(
    _ name: String, from files: DatasetFiles, required: [String], issues: inout [DatasetIssue]
  ) -> CSVTable? {
    guard let file = preflight(name, from: files, issues: &issues) else { return nil }
    let (display, bytes) = file
    // One pass with the callback API: each cell becomes one sanitized String, no record copies.
    var reader = CSVReader(bytes: bytes)
    var header: (line: Int, count: Int)?
    var columns: [String: Int] = [:]
    var rows: [Row] = []
    var rowIssues: [DatasetIssue] = []  // header and field-count problems, reported after the syntax check
    do {
      try reader.forEachRecord { view in
        guard let header else {
          header = (view.line, view.count)
          readHeader(view, file: display, columns: &columns, issues: &rowIssues)
          return
        }
        guard view.count == header.count else {
          rowIssues.append(fieldCountIssue(view.count, header: header.count, file: display, line: view.line))
          return
        }
        var fields: [String] = []
        fields.reserveCapacity(view.count)
        var raw: [Int: String] = [:]
        for i in 0..<view.count {
          let (text, original) = cellAndOriginal(view, i)
          fields.append(text)
          if let original { raw[i] = original }
        }
        rows.append(Row(line: view.line, fields: fields, columns: columns, raw: raw))
      }
    } catch {
      issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      return nil
    }
    guard let header else {
      issues.append(DatasetIssue(file: display, line: nil, reason: "file is empty (a header row is required)"))
      return nil
    }
    if let issue = missingColumns(required, columns: columns, file: display, line: header.line) {
      issues.append(issue)
      return nil
    }
    issues += rowIssues
    return CSVTable(file: display, rows: rows, header: columns, headerLine: header.line)
  }

  /// The file's bytes when it exists, is readable and is UTF-8; otherwise nil, with the issue.
  static func preflight(
    _ name: String, from files: DatasetFiles, issues: inout [DatasetIssue]
  ) -> (display: String, bytes: [UInt8])? {
    guard let (display, file) = locate(name, from: files, issues: &issues) else { return nil }
    let bytes = file.array  // only agreements.csv is ever mapped, and it is read by `locate`
    if let line = EncodingCheck.firstInvalidLine(bytes) {
      issues.append(notUTF8(display, line: line, bytes))
      return nil
    }
    return (display, bytes)
  }

  /// The file's bytes, read or mapped, when it exists and is readable (not yet checked for
  /// UTF-8: agreements.csv checks it in its parse); otherwise nil, with the issue.
  static func locate(
    _ name: String, from files: DatasetFiles, issues: inout [DatasetIssue]
  ) -> (display: String, bytes: FileBytes)? {
    let display = files.displayName(name)
    guard let bytes = files.bytes(name) else {
      let reason = files.unreadable[name].map { "file cannot be read: \($0)" } ?? "file is missing"
      issues.append(DatasetIssue(file: display, line: nil, reason: reason))
      return nil
    }
    return (display, bytes)
  }

  /// The issue of a file that is not UTF-8, its first bad byte on `line`.
  static func notUTF8<Bytes: RandomAccessCollection<UInt8>>(
    _ display: String, line: Int, _ bytes: Bytes
  ) -> DatasetIssue where Bytes.Index == Int {
    DatasetIssue(file: display, line: line, reason: "file is not valid UTF-8\(EncodingCheck.hint(of: bytes))")
  }

  /// Reads the header record into column name → field index, reporting repeated names.
  static func readHeader(
    _ view: CSVRecordView, file: String, columns: inout [String: Int], issues: inout [DatasetIssue]
  ) {
    for i in 0..<view.count {
      let name = cell(view, i)
      // A repeated column would make one of the two cells unreachable: say so.
      if let first = columns[name] {
        if !name.isEmpty {
          issues.append(DatasetIssue(
            file: file, line: view.line,
            reason: "column \"\(name)\" appears twice in the header (fields \(first + 1) and \(i + 1))"))
        }
      } else {
        columns[name] = i
      }
    }
  }

  /// The issue for required columns the header lacks, or nil.
  static func missingColumns(_ required: [String], columns: [String: Int], file: String, line: Int) -> DatasetIssue? {
    let missing = required.filter { columns[$0] == nil }
    guard !missing.isEmpty else { return nil }
    let list = missing.joined(separator: ", ")
    let noun = missing.count == 1 ? "column" : "columns"
    return DatasetIssue(file: file, line: line, reason: "missing required \(noun): \(list)")
  }

  /// A row's field-count problem.
  static func fieldCountIssue(_ count: Int, header: Int, file: String, line: Int) -> DatasetIssue {
    DatasetIssue(file: file, line: line, reason: "has \(count) \(count == 1 ? "field" : "fields"), the header has \(header)")
  }

  /// The first scalar of a cell that has no place in an id: one sanitizing removed (controls,
  /// bidirectional overrides; `changed` says sanitizing changed the text) or an invisible one it
  /// keeps (U+FEFF, zero-width spaces, other format characters, non-ASCII spaces).
  static func hiddenScalar(_ text: String, changed: Bool) -> Unicode.Scalar? {
    if !changed, text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
    return text.unicodeScalars.first { s in
      switch s.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse: true
      case .spaceSeparator: s != " "
      default: false
      }
    }
  }

  /// A cell as the loader uses it: sanitized (data files are untrusted) and trimmed.
  private static func cell(_ view: CSVRecordView, _ index: Int) -> String {
    cellAndOriginal(view, index).text
  }

  /// The cell as the loader uses it, and the text as written when sanitizing changed it.
  static func cellAndOriginal(_ view: CSVRecordView, _ index: Int) -> (text: String, original: String?) {
    // Fast path: printable ASCII without edge spaces needs neither step.
    let plain = view.withStoredBytes(at: index) { bytes in
      bytes.first != 0x20 && bytes.last != 0x20 && bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
    let text = view.string(at: index)
    if plain { return (text, nil) }
    let clean = TextSanitizer.clean(text)
    return (clean.trimmingSpaces(), clean == text ? nil : text)
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

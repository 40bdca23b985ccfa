/// The data rows of agreements.csv from one record boundary up to another, checked into an
/// `AgreementColumnsReader`: the whole file in one pass, or each half of it (`AgreementSplitParse`).
struct AgreementRowsPass {
  var rows: AgreementColumnsReader
  /// Field-count problems, as `CSVTable` reports them (before the rows' own problems).
  var shapeIssues: [DatasetIssue] = []
  var scanner: CSVScanner
  /// The UTF-8 check of the bytes this pass covers, kept just ahead of the scanner (the whole
  /// file unless `AgreementSplitParse` gives the pass a part).
  var utf8: UTF8PartCheck
  let file: String
  let headerCount: Int
  private var spans: [CSVFieldSpan] = []
  private var count = 0

  init(rows: AgreementColumnsReader, scanner: CSVScanner, file: String, headerCount: Int, utf8: UTF8PartCheck) {
    self.rows = rows
    self.scanner = scanner
    self.utf8 = utf8
    self.file = file
    self.headerCount = headerCount
  }

  /// Checks records until the end, or until `stop` says so at a record boundary (given the
  /// scanner's position); `progress` gets the offset of every 8,192nd row.
  mutating func run(
    _ p: UnsafeBufferPointer<UInt8>, progress: ((Int) -> Void)? = nil, stop: (Int) -> Bool = { _ in false }
  ) throws(CSVError) {
    while !stop(scanner.position) {
      utf8.keepAhead(of: scanner.position, p)
      guard let line = try scanner.nextRecord(in: p, into: &spans) else { return }
      spans.withUnsafeBufferPointer { s in
        let view = CSVRecordView(bytes: p, spans: s, line: line)
        guard view.count == headerCount else {
          shapeIssues.append(CSVTable.fieldCountIssue(view.count, header: headerCount, file: file, line: line))
          return
        }
        rows.consume(view, p)
        count += 1
        if count & 8191 == 0, let progress { progress(view.span(at: 0).start) }
      }
    }
  }

  /// Moves the lines of every problem and warning by `shift` (a later half parsed with lines
  /// counted from its start; its messages name no other line, since a repeated id sends the
  /// load back to one pass).
  mutating func shiftLines(by shift: Int) {
    guard shift != 0 else { return }
    func moved(_ issues: inout [DatasetIssue]) {
      for i in issues.indices { issues[i].line = issues[i].line.map { $0 + shift } }
    }
    moved(&shapeIssues)
    moved(&rows.rowIssues)
    moved(&rows.warnings)
  }

  /// Takes the rows and problems of `next`, the pass over the rest of the file (left empty).
  mutating func append(takingFrom next: inout AgreementRowsPass) {
    shapeIssues += next.shapeIssues
    rows.append(takingFrom: &next.rows)
  }
}

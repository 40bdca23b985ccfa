extension DatasetLoader.Builder {
  static let agreementColumns = [
    "id", "date", "title_zh", "title_en", "parties", "mechanism", "domains",
    "source_url", "evidence", "confidence",
  ]

  /// Above this many distinct parties `validate` warns: such an agreement ties every pair, so it
  /// dominates the network (100 parties are 4,950 ties).
  static let partiesWarned = 100
  /// Above this many distinct parties an agreement is refused: its n(n−1)/2 ties (499,500 for
  /// 1,000) would make every command slow for one record.
  static let partiesAccepted = 1_000
  /// Largest agreements file: text is kept as 31-bit offsets into it (`AgreementStore`).
  static let agreementsFileLimit = Int(AgreementStore.decodedFlag) - 1

  /// The agreements, read in one pass into columns (`AgreementColumnsReader`); `cityIDs` is nil
  /// when cities.csv could not be read (references then go unchecked and no agreement is kept).
  mutating func agreements(
    codebook: Codebook, cityIDs: [CityID]?, _ issues: inout [DatasetIssue]
  ) -> AgreementStore {
    let required = requiredColumns(Self.agreementColumns, provenance: Self.recordProvenanceColumns)
    guard let file = CSVTable.preflight("agreements.csv", from: files, issues: &issues) else {
      return AgreementStore()
    }
    let (display, bytes) = file
    guard bytes.count <= Self.agreementsFileLimit else {
      issues.append(DatasetIssue(file: display, line: nil, reason: "file is larger than 2 GiB (the most Chengyu reads)"))
      return AgreementStore()
    }
    func reader(share: Double) -> AgreementColumnsReader {
      AgreementColumnsReader(
        file: display, bytes: bytes, rule: rule, codebook: codebook, cityIDs: checkCityReferences ? cityIDs : nil,
        checkMechanisms: checkMechanisms, checkDomains: checkDomains, keptText: keptText, share: share)
    }
    var scanner = bytes.withUnsafeBufferPointer { CSVScanner(bytes: $0, maxFields: CSVReader.defaultMaxFields) }
    var spans: [CSVFieldSpan] = []
    var columns: [String: Int] = [:]
    var shapeIssues: [DatasetIssue] = []  // header problems, as `CSVTable` reports them
    let header: (line: Int, count: Int)?
    do {
      header = try bytes.withUnsafeBufferPointer { p throws(CSVError) in
        guard let line = try scanner.nextRecord(in: p, into: &spans) else { return nil }
        return spans.withUnsafeBufferPointer { s in
          let view = CSVRecordView(bytes: p, spans: s, line: line)
          CSVTable.readHeader(view, file: display, columns: &columns, issues: &shapeIssues)
          return (line, view.count)
        }
      }
    } catch {
      issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      return AgreementStore()
    }
    guard let header else {
      issues.append(DatasetIssue(file: display, line: nil, reason: "file is empty (a header row is required)"))
      return AgreementStore()
    }
    if let missing = CSVTable.missingColumns(required, columns: columns, file: display, line: header.line) {
      // Past a missing column the file is still scanned: a syntax error comes first.
      do {
        try bytes.withUnsafeBufferPointer { p throws(CSVError) in
          while try scanner.nextRecord(in: p, into: &spans) != nil {}
        }
        issues.append(missing)
      } catch {
        issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      }
      return AgreementStore()
    }
    func pass(_ scanner: CSVScanner, share: Double) -> AgreementRowsPass {
      var rows = reader(share: share)
      rows.setColumns(columns)
      return AgreementRowsPass(rows: rows, scanner: scanner, file: display, headerCount: header.count)
    }
    let progress = self.progress
    // Each half's columns sized for its share (a little more); one pass's for the whole file.
    let halves = split.searchStart(bytes: bytes.count) != nil
    let outcome = AgreementSplitParse.parse(
      pass(scanner, share: halves ? 0.55 : 1), bytes: bytes, split: split,
      second: { pass($0, share: 0.55) }, progress: progress.map { p in { p.within("agreements.csv", $0) } })
    agreementsSplitAt = outcome.splitAt
    if let error = outcome.error {
      issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      return AgreementStore()
    }
    issues += shapeIssues + outcome.pass.shapeIssues
    warnMissingColumns(Self.recordProvenanceColumns, header: columns, file: display, line: header.line)
    issues += outcome.pass.rows.rowIssues
    warnings += outcome.pass.rows.warnings
    return outcome.pass.rows.build()
  }
}

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
    guard let (display, file) = CSVTable.locate("agreements.csv", from: files, issues: &issues) else {
      return AgreementStore()
    }
    guard file.count <= Self.agreementsFileLimit else {
      issues.append(DatasetIssue(file: display, line: nil, reason: "file is larger than 2 GiB (the most Chengyu reads)"))
      return AgreementStore()
    }
    return file.withUnsafeBufferPointer { p in
      // A store that keeps all text points into the file: it needs the bytes as an array.
      let array = keptText.count == AgreementStore.TextField.allCases.count && file.array.count != p.count
        ? Array(p) : file.array
      return agreements(display, array, p, codebook: codebook, cityIDs: cityIDs, &issues)
    }
  }

  /// The agreements of the file's bytes `p` (`array` holds them too unless they are mapped).
  ///
  /// The file is checked for UTF-8 in the parse (`UTF8PartCheck`), each part by its own thread;
  /// the paths that stop before the rows check the whole file first, so a file that is not UTF-8
  /// is reported as that alone wherever the parse ends, as when the check ran before it.
  private mutating func agreements(
    _ display: String, _ array: [UInt8], _ p: UnsafeBufferPointer<UInt8>, codebook: Codebook, cityIDs: [CityID]?,
    _ issues: inout [DatasetIssue]
  ) -> AgreementStore {
    let required = requiredColumns(Self.agreementColumns, provenance: Self.recordProvenanceColumns)
    func notUTF8(_ offset: Int?) -> Bool {
      guard let offset else { return false }
      issues.append(CSVTable.notUTF8(display, line: EncodingCheck.line(at: offset, in: p), p))
      return true
    }
    func reader(share: Double) -> AgreementColumnsReader {
      AgreementColumnsReader(
        file: display, bytes: array, count: p.count, rule: rule, codebook: codebook,
        cityIDs: checkCityReferences ? cityIDs : nil, checkMechanisms: checkMechanisms, checkDomains: checkDomains,
        keptText: keptText, share: share)
    }
    var scanner = CSVScanner(bytes: p, maxFields: CSVReader.defaultMaxFields)
    var spans: [CSVFieldSpan] = []
    var columns: [String: Int] = [:]
    var shapeIssues: [DatasetIssue] = []  // header problems, as `CSVTable` reports them
    let header: (line: Int, count: Int)?
    do throws(CSVError) {
      header = try {  () throws(CSVError) -> (line: Int, count: Int)? in
        guard let line = try scanner.nextRecord(in: p, into: &spans) else { return nil }
        return spans.withUnsafeBufferPointer { s in
          let view = CSVRecordView(bytes: p, spans: s, line: line)
          CSVTable.readHeader(view, file: display, columns: &columns, issues: &shapeIssues)
          return (line, view.count)
        }
      }()
    } catch {
      if !notUTF8(EncodingCheck.firstInvalidOffset(p)) {
        issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      }
      return AgreementStore()
    }
    guard let header else {
      if !notUTF8(EncodingCheck.firstInvalidOffset(p)) {
        issues.append(DatasetIssue(file: display, line: nil, reason: "file is empty (a header row is required)"))
      }
      return AgreementStore()
    }
    if let missing = CSVTable.missingColumns(required, columns: columns, file: display, line: header.line) {
      if notUTF8(EncodingCheck.firstInvalidOffset(p)) { return AgreementStore() }
      // Past a missing column the file is still scanned: a syntax error comes first.
      do throws(CSVError) {
        while try scanner.nextRecord(in: p, into: &spans) != nil {}
        issues.append(missing)
      } catch {
        issues.append(DatasetIssue(file: display, line: error.line, reason: error.reason))
      }
      return AgreementStore()
    }
    func pass(_ scanner: CSVScanner, _ utf8: UTF8PartCheck, share: Double) -> AgreementRowsPass {
      var rows = reader(share: share)
      rows.setColumns(columns)
      return AgreementRowsPass(rows: rows, scanner: scanner, file: display, headerCount: header.count, utf8: utf8)
    }
    let progress = self.progress
    // Each half's columns sized for its share (a little more); one pass's for the whole file.
    let halves = split.searchStart(bytes: p.count) != nil
    let outcome = AgreementSplitParse.parse(
      pass(scanner, UTF8PartCheck(0..<p.count), share: halves ? 0.55 : 1), bytes: p, split: split,
      second: { pass($0, $1, share: 0.55) }, progress: progress.map { p in { p.within("agreements.csv", $0) } })
    if notUTF8(outcome.invalidUTF8) { return AgreementStore() }
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

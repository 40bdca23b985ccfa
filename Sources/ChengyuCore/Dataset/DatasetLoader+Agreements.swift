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
    var rows = AgreementColumnsReader(
      file: display, bytes: bytes, rule: rule, codebook: codebook, cityIDs: checkCityReferences ? cityIDs : nil,
      checkMechanisms: checkMechanisms, checkDomains: checkDomains)
    var header: (line: Int, count: Int)?
    var columns: [String: Int] = [:]
    var shapeIssues: [DatasetIssue] = []  // header and field-count problems, as `CSVTable` reports them
    var missing: DatasetIssue?
    var reader = CSVReader(bytes: bytes)
    var count = 0
    let progress = self.progress
    do {
      try bytes.withUnsafeBufferPointer { p throws(CSVError) in
        try reader.forEachRecord { view in
          guard let header else {
            header = (view.line, view.count)
            CSVTable.readHeader(view, file: display, columns: &columns, issues: &shapeIssues)
            missing = CSVTable.missingColumns(required, columns: columns, file: display, line: view.line)
            rows.setColumns(columns)
            return
          }
          // Past a missing column the file is still scanned: a syntax error comes first.
          guard missing == nil else { return }
          guard view.count == header.count else {
            shapeIssues.append(CSVTable.fieldCountIssue(view.count, header: header.count, file: display, line: view.line))
            return
          }
          rows.consume(view, p)
          count += 1
          if count & 8191 == 0, let progress {
            progress.within("agreements.csv", Double(view.span(at: 0).start) / Double(bytes.count))
          }
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
    if let missing {
      issues.append(missing)
      return AgreementStore()
    }
    issues += shapeIssues
    warnMissingColumns(Self.recordProvenanceColumns, header: columns, file: display, line: header.line)
    issues += rows.rowIssues
    warnings += rows.warnings
    return rows.build()
  }
}

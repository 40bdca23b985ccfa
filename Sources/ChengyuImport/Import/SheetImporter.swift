import ChengyuCore

/// Turns one coding sheet into agreements whose parties are resolved places, checking every row
/// and reporting every problem as `SHEET:ROW: reason`.
public struct SheetImporter: Sendable {
  public let directory: PlaceDirectory
  public let codebook: Codebook

  public init(directory: PlaceDirectory, codebook: Codebook) {
    self.directory = directory
    self.codebook = codebook
  }

  /// Separators of parties and domains in one cell: 、 ； ; , ， and line breaks.
  static func splitList(_ text: String) -> [String] {
    text.split(whereSeparator: { "、；;,，\n\r".contains($0) || $0 == "\r\n" })
      .map { ChineseNames.trimmed(String($0)) }.filter { !$0.isEmpty }
  }

  public func run(_ sheet: SheetTable) -> ImportResult {
    var result = ImportResult()
    result.notes = sheet.notes
    let label = sheet.label
    guard let headerIndex = Self.headerIndex(sheet) else {
      result.errors.append(DatasetIssue(file: label, line: nil, reason: "the sheet is empty (a header row is required)"))
      return result
    }
    let columns = SheetColumns(
      header: sheet.rows[headerIndex], sheet: label, errors: &result.errors, warnings: &result.warnings)
    guard result.errors.isEmpty else { return result }
    let lookup = CodebookNames(codebook)
    var seenIDs: [String: Int] = [:]
    var noted: Set<String> = []
    var firstUse: [Int: Int] = [:]  // place → order of first reference
    var sequence = 0
    // Sheets repeat the same few names on every row: resolve each (name, context) once.
    var resolved: [String: NameResolution] = [:]
    for row in sheet.rows[(headerIndex + 1)...] where !row.isBlank {
      sequence += 1
      var rowErrors: [String] = []
      let id = columns.index[.id] == nil ? "A" + Self.padded(sequence) : columns.text(.id, row)
      if id.isEmpty {
        rowErrors.append("empty \(SheetField.id.label)")
      } else if let first = seenIDs[id] {
        rowErrors.append("duplicate id \"\(id)\" (first on row \(first))")
      } else {
        seenIDs[id] = row.number
      }
      var date: CalendarDate?
      switch SheetDate.parse(columns.value(.date, row)) {
      case .success(let d): date = d
      case .failure(let problem): rowErrors.append(problem.reason)
      }
      let title = columns.text(.title, row)
      if title.isEmpty { rowErrors.append("empty \(SheetField.title.label)") }
      let context = NameContext(province: columns.text(.province, row), parent: columns.text(.parent, row))
      var parties: [Int] = []
      for name in Self.splitList(columns.text(.parties, row)) {
        let key = name + "\u{0}" + context.province + "\u{0}" + context.parent
        let resolution = resolved[key] ?? directory.resolve(name, context: context)
        resolved[key] = resolution
        switch resolution {
        case .found(let p, let note):
          if !parties.contains(p) { parties.append(p) }
          if let note, noted.insert(name).inserted {
            result.notes.append(DatasetIssue(file: label, line: row.number, reason: "note: \(note)"))
          }
        case .ambiguous(let places):
          rowErrors.append(ambiguity(name, places))
        case .unknown(let near):
          let hint = near.isEmpty ? "" : "; did you mean: \(near.map(directory.label).joined(separator: ", "))?"
          rowErrors.append("unknown government \"\(name)\" in \(SheetField.parties.label)\(hint)")
        }
      }
      if rowErrors.isEmpty, parties.count < 2 {
        rowErrors.append("fewer than two distinct parties in \(SheetField.parties.label) (\(parties.count))")
      }
      let mechanismText = columns.text(.mechanism, row)
      let mechanism = lookup.mechanism(mechanismText)
      if mechanism == nil {
        rowErrors.append(mechanismText.isEmpty
          ? "empty \(SheetField.mechanism.label) (known: \(lookup.knownMechanisms.joined(separator: ", ")))"
          : "unknown mechanism \"\(mechanismText)\" (known: \(lookup.knownMechanisms.joined(separator: ", ")))")
      }
      var domains: [String] = []
      for text in Self.splitList(columns.text(.domains, row)) {
        if let d = lookup.domain(text) {
          if !domains.contains(d.id) { domains.append(d.id) }
        } else {
          rowErrors.append("unknown domain \"\(text)\" (known: \(lookup.knownDomains.joined(separator: ", ")))")
        }
      }
      guard rowErrors.isEmpty, let date, let mechanism else {
        result.errors += rowErrors.map { DatasetIssue(file: label, line: row.number, reason: $0) }
        continue
      }
      for p in parties {
        for q in [p] + directory.ancestors(p) + [directory.places[p].province] where firstUse[q] == nil {
          firstUse[q] = firstUse.count
        }
      }
      result.agreements.append(ImportedAgreement(
        row: row.number, id: id, date: date, titleZh: title, titleEn: columns.text(.titleEn, row),
        parties: parties, mechanism: mechanism.id, kindZh: columns.text(.kind, row), domains: domains,
        summary: columns.text(.summary, row), sourceURL: columns.text(.source, row),
        evidence: columns.text(.evidence, row), confidence: Self.confidence(columns.text(.confidence, row))))
    }
    if result.errors.isEmpty, result.agreements.isEmpty {
      result.errors.append(DatasetIssue(file: label, line: sheet.rows[headerIndex].number, reason: "no agreement rows below the header"))
    }
    let places = directory.places
    result.places = firstUse.keys.sorted { (places[$0].level.rank, firstUse[$0]!) < (places[$1].level.rank, firstUse[$1]!) }
    return result
  }

  /// The header row: the first of the first ten non-empty rows that names every required column
  /// (a sheet often starts with a title row such as 2019年府际协议编码表), else the first non-empty
  /// row (whose missing columns are then reported).
  static func headerIndex(_ sheet: SheetTable) -> Int? {
    let candidates = sheet.rows.indices.filter { !sheet.rows[$0].isBlank }.prefix(10)
    let complete = candidates.first { i in
      let fields = Set(sheet.rows[i].cells.compactMap { SheetField(header: ChineseNames.trimmed($0.text)) })
      return SheetField.required.allSatisfy(fields.contains)
    }
    return complete ?? candidates.first
  }

  private func ambiguity(_ name: String, _ places: [Int]) -> String {
    let shown = places.prefix(6).map(directory.label).joined(separator: ", ")
    let more = places.count > 6 ? " and \(places.count - 6) more" : ""
    let example = directory.places[places[0]].parent.map { directory.places[$0].name + directory.places[places[0]].name }
    let hint = example.map { "write the full name (e.g. \($0))" } ?? "write the full name"
    return "\"\(name)\" is ambiguous: \(shown)\(more); \(hint) or add a \(SheetField.province.label) or \(SheetField.parent.label) column"
  }

  /// 高/中/低 as the dataset's words; anything else kept as written.
  static func confidence(_ text: String) -> String {
    switch text {
    case "高": "high"
    case "中": "medium"
    case "低": "low"
    default: text
    }
  }

  static func padded(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 3 - s.count)) + s
  }
}

/// Reads agreements.csv straight into an `AgreementStore` in one pass: cells are located as
/// byte ranges (`LoaderCell`), dates, mechanisms, domains and party ids are parsed and looked up
/// as bytes, and every check of the former row path runs on the way, with the same messages in
/// the same order (the loader tests are the spec; the reference row path lives in the tests).
struct AgreementColumnsReader {
  typealias Builder = DatasetLoader.Builder

  let file: String
  let rule: ProvenanceRule
  let checkMechanisms: Bool
  let checkDomains: Bool
  /// nil when cities.csv could not be read: parties then go unchecked and rows are not kept.
  let cities: ByteKeyTable?
  let mechanisms: ByteKeyTable
  let domains: ByteKeyTable
  let families: [MechanismFamily]
  /// Column index of each text field (`AgreementStore.TextField` order), nil when absent or not
  /// kept (its cells are then not even located).
  var textColumns: [Int?] = []
  private let keptText: Set<AgreementStore.TextField>
  /// Column indices of the cells every row reads (looked up once, not by name per row).
  var idColumn, dateColumn, partiesColumn, mechanismColumn, domainsColumn, sourceColumn, confidenceColumn: Int?
  /// Provenance columns the file has (for the empty-provenance warning).
  var provenanceColumns: [(name: String, index: Int)] = []

  var store: AgreementStore.Builder
  /// Problems and warnings of the rows, kept apart until the whole file has parsed (a syntax
  /// error anywhere replaces them all, as with `CSVTable`).
  var rowIssues: [DatasetIssue] = []
  var warnings: [DatasetIssue] = []
  /// Ids seen, with their lines, once the ids stop increasing; until then (the usual sorted
  /// file) each id is only compared with the one before, and `increasing` lists them.
  private var seen: ByteKeyTable
  private var increasing: [(cell: LoaderCell.Compact, line: Int32)] = []
  private var stillIncreasing = true
  /// Per city: the last row it was a party of (finds repeated parties without a Set per row).
  private var stamp: [Int32]
  private var row: Int32 = 0
  private var partyBuffer: [Int32] = []
  private var domainBuffer: [Int32] = []

  /// `bytes` is the file as an array when the store may keep it (all text kept), else empty;
  /// `count` is the file's size.
  init(file: String, bytes: [UInt8], count: Int, rule: ProvenanceRule, codebook: Codebook, cityIDs: [CityID]?,
       checkMechanisms: Bool, checkDomains: Bool, keptText: Set<AgreementStore.TextField>, share: Double = 1) {
    self.file = file
    self.rule = rule
    self.checkMechanisms = checkMechanisms
    self.checkDomains = checkDomains
    self.keptText = keptText
    if let cityIDs {
      var t = ByteKeyTable(capacity: cityIDs.count)
      for (i, id) in cityIDs.enumerated() { t.insert(id.rawValue, value: i) }
      cities = t
    } else {
      cities = nil
    }
    stamp = [Int32](repeating: -1, count: cityIDs?.count ?? 0)
    var m = ByteKeyTable(capacity: codebook.mechanisms.count)
    for (i, x) in codebook.mechanisms.enumerated() { m.insert(x.id, value: i) }
    mechanisms = m
    var d = ByteKeyTable(capacity: codebook.domains.count)
    for (i, x) in codebook.domains.enumerated() { d.insert(x.id, value: i) }
    domains = d
    families = codebook.mechanisms.map(\.family)
    // A rough row count from the file size, so the columns and the id table rarely grow.
    store = AgreementStore.Builder(file: bytes, capacity: Int(Double(count) * share) / 300, keeping: keptText)
    seen = ByteKeyTable()
  }

  /// Takes the header's columns.
  mutating func setColumns(_ columns: [String: Int]) {
    (idColumn, dateColumn, partiesColumn, mechanismColumn) = (columns["id"], columns["date"], columns["parties"], columns["mechanism"])
    (domainsColumn, sourceColumn, confidenceColumn) = (columns["domains"], columns["source_url"], columns["confidence"])
    let names = ["id", "title_zh", "title_en", "kind_zh", "summary_en", "source_url", "evidence"]
    textColumns = AgreementStore.TextField.allCases.map { keptText.contains($0) ? columns[names[$0.rawValue]] : nil }
    provenanceColumns = Builder.recordProvenanceColumns.compactMap { name in columns[name].map { (name, $0) } }
  }

  private func fail(_ line: Int, _ reason: String) -> DatasetIssue {
    DatasetIssue(file: file, line: line, reason: reason)
  }

  /// A cell's bytes, from the file or the decoded buffer (static, so `body` may change `self`).
  private static func bytes<R>(
    _ c: LoaderCell, _ p: UnsafeBufferPointer<UInt8>, _ decoded: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    if c.quotes { return AgreementStore.collapsingQuotes(UnsafeBufferPointer(rebasing: p[c.start..<c.end])).withUnsafeBufferPointer(body) }
    if !c.inDecoded { return body(UnsafeBufferPointer(rebasing: p[c.start..<c.end])) }
    return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[c.start..<c.end])) }
  }

  private func string(_ c: LoaderCell, _ p: UnsafeBufferPointer<UInt8>) -> String {
    Self.bytes(c, p, store.decoded) { String(decoding: $0, as: UTF8.self) }
  }

  private mutating func cell(_ column: Int?, _ view: CSVRecordView, _ p: UnsafeBufferPointer<UInt8>) -> LoaderCell {
    guard let i = column else { return LoaderCell() }
    return LoaderCell.locate(view, i, file: p, decoded: &store.decoded)
  }

  /// The issue for a column of ids holding a hidden character, or nil.
  private func hidden(_ name: String, _ c: LoaderCell, _ p: UnsafeBufferPointer<UInt8>, line: Int) -> DatasetIssue? {
    if !c.changed, c.ascii { return nil }
    let text = c.changed
      ? String(decoding: store.decoded[c.originalStart..<c.originalEnd], as: UTF8.self) : string(c, p)
    guard let s = CSVTable.hiddenScalar(text, changed: c.changed) else { return nil }
    return fail(line, Builder.hiddenCharacterReason(column: name, scalar: s))
  }

  /// Checks one data row and, when it passes, appends it to the store.
  mutating func consume(_ view: CSVRecordView, _ p: UnsafeBufferPointer<UInt8>) {
    let line = view.line
    // The id: empty, hidden characters, repeated.
    let id = cell(idColumn, view, p)
    if id.isEmpty { return rowIssues.append(fail(line, "empty id")) }
    if let issue = hidden("id", id, p, line: line) { return rowIssues.append(issue) }
    let first = firstLine(of: id, p, line: line)
    if first != line {
      return rowIssues.append(fail(line, "duplicate id \"\(string(id, p))\" (first on line \(first))"))
    }
    let partiesCell = cell(partiesColumn, view, p)
    let mechanismCell = cell(mechanismColumn, view, p)
    let domainsCell = cell(domainsColumn, view, p)
    var plain = true
    func check(_ name: String, _ c: LoaderCell) {
      guard let issue = hidden(name, c, p, line: line) else { return }
      rowIssues.append(issue)
      plain = false
    }
    check("parties", partiesCell)
    check("mechanism", mechanismCell)
    check("domains", domainsCell)
    let dateCell = cell(dateColumn, view, p)
    let date = Self.bytes(dateCell, p, store.decoded) { Self.parseDate($0) }
    if date == nil {
      let text = string(dateCell, p)
      rowIssues.append(fail(line, text.isEmpty
        ? "empty date (use YYYY, YYYY-MM or YYYY-MM-DD)"
        : "bad or impossible date \"\(text)\" (use YYYY, YYYY-MM or YYYY-MM-DD)"))
    }
    // Provenance: empty cells warned under `.optional`, a missing source an error under `.required`.
    let sourceCell = cell(sourceColumn, view, p)
    if rule == .optional {
      let columns = provenanceColumns
      let empty = columns.filter { LoaderCell.locate(view, $0.index, file: p, decoded: &store.decoded).isEmpty }
      if !empty.isEmpty { warnings.append(fail(line, "empty \(empty.map(\.name).joined(separator: ", "))")) }
    }
    if sourceCell.isEmpty, rule == .required {
      rowIssues.append(fail(line, "no source_url: every record names its public source"))
    }
    let partiesOK = resolveParties(partiesCell, p, line: line)
    let n = partyBuffer.count
    if partiesOK, n < 2 { rowIssues.append(fail(line, "agreement has fewer than two distinct parties (\(n))")) }
    if partiesOK, n > Builder.partiesAccepted {
      rowIssues.append(fail(line, "agreement has \(n) distinct parties, more than the \(Builder.partiesAccepted) accepted "
        + "(it would tie \(n * (n - 1) / 2) pairs; see docs/data-format.md)"))
    } else if partiesOK, n > Builder.partiesWarned {
      warnings.append(fail(line, "agreement has \(n) distinct parties (more than \(Builder.partiesWarned)): "
        + "its \(n * (n - 1) / 2) ties will dominate the network"))
    }
    let mechanism = Self.bytes(mechanismCell, p, store.decoded) { mechanisms.value($0) }
    if mechanism == nil, checkMechanisms {
      rowIssues.append(fail(line, "unknown mechanism \"\(string(mechanismCell, p))\" (not in mechanisms.csv)"))
    }
    let domainsOK = resolveDomains(domainsCell, p, line: line)
    guard let date, partiesOK, (2...Builder.partiesAccepted).contains(n), let mechanism, domainsOK, plain else { return }
    keep(view, p, date: date, mechanism: mechanism)
  }

  /// The columns read (ids known to rise when they never stopped rising).
  func build() -> AgreementStore { store.build(idsIncreasing: stillIncreasing ? true : nil) }

  /// Whether this reader's ids rose all along and `next`'s rose too, starting above its last:
  /// then the two read one after the other saw no repeated id, and the checks that depend on
  /// ids seen before (`firstLine`) gave what one reader of both parts would have given.
  func idsRise(into next: AgreementColumnsReader, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
    guard stillIncreasing, next.stillIncreasing else { return false }
    guard let last = increasing.last, let first = next.increasing.first else { return true }
    return Self.bytes(LoaderCell(last.cell), p, store.decoded) { before in
      Self.bytes(LoaderCell(first.cell), p, next.store.decoded) { before.lexicographicallyPrecedes($0) }
    }
  }

  /// Takes the rows, problems and warnings of `next`, the reader of the rest of the file
  /// (`idsRise(into:)` held); the reader is then done (only `build` may follow).
  mutating func append(takingFrom next: inout AgreementColumnsReader) {
    store.append(takingFrom: &next.store)
    rowIssues += next.rowIssues
    warnings += next.warnings
  }

  /// The line the id was first seen on (`line` when it is new).
  private mutating func firstLine(of id: LoaderCell, _ p: UnsafeBufferPointer<UInt8>, line: Int) -> Int {
    if stillIncreasing {
      // Larger than the largest so far (the previous one): new, no table needed.
      let larger = increasing.last.map { last in
        Self.bytes(LoaderCell(last.cell), p, store.decoded) { before in
          Self.bytes(id, p, store.decoded) { before.lexicographicallyPrecedes($0) }
        }
      } ?? true
      if larger {
        increasing.append((LoaderCell.Compact(id), Int32(truncatingIfNeeded: line)))
        return line
      }
      stillIncreasing = false
      seen = ByteKeyTable(capacity: 2 * increasing.count)
      for (cell, line) in increasing {
        Self.bytes(LoaderCell(cell), p, store.decoded) { _ = seen.insert($0, value: Int(line)) }
      }
      increasing = []
    }
    return Self.bytes(id, p, store.decoded) { seen.insert($0, value: line) }
  }

  private mutating func keep(_ view: CSVRecordView, _ p: UnsafeBufferPointer<UInt8>, date: CalendarDate, mechanism: Int) {
    for c in textColumns {
      guard let c else {
        store.appendFileText(0, 0, from: p)
        continue
      }
      let cell = LoaderCell.locate(view, c, file: p, decoded: &store.decoded)
      if cell.inDecoded {
        store.appendDecodedRange(cell.start, cell.end)
      } else {
        store.appendFileText(cell.start, cell.end, quotes: cell.quotes, from: p)
      }
    }
    let confidence = cell(confidenceColumn, view, p)
    let code: UInt16
    if confidence.inDecoded || confidence.quotes {
      var text = string(confidence, p)
      code = text.withUTF8 { store.confidenceCode($0) }
    } else {
      code = store.confidenceCode(UnsafeBufferPointer(rebasing: p[confidence.start..<confidence.end]))
    }
    store.finish(date: date, mechanism: mechanism, family: families[mechanism], parties: partyBuffer,
                 domains: domainBuffer, confidence: code)
  }

  /// Resolves the `;`-separated party ids into `partyBuffer` (distinct, in order), reporting
  /// unknown ones; false when some are unknown or cities are not checked.
  private mutating func resolveParties(_ c: LoaderCell, _ p: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
    partyBuffer.removeAll(keepingCapacity: true)
    guard let cities else { return false }
    row += 1
    var ok = true
    var unknown: [String] = []
    let r = row
    Self.bytes(c, p, store.decoded) { cell in
      Self.forEachItem(cell) { item in
        guard let i = cities.value(item) else {
          unknown.append(String(decoding: item, as: UTF8.self))
          ok = false
          return
        }
        if stamp[i] != r {
          stamp[i] = r
          partyBuffer.append(Int32(i))
        }
      }
    }
    for id in unknown { rowIssues.append(fail(line, "unknown city id \"\(id)\" in parties")) }
    return ok
  }

  private mutating func resolveDomains(_ c: LoaderCell, _ p: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
    domainBuffer.removeAll(keepingCapacity: true)
    var unknown: [String] = []
    Self.bytes(c, p, store.decoded) { cell in
      Self.forEachItem(cell) { item in
        if let i = domains.value(item) { domainBuffer.append(Int32(i)) } else {
          unknown.append(String(decoding: item, as: UTF8.self))
        }
      }
    }
    if checkDomains {
      for d in unknown { rowIssues.append(fail(line, "unknown domain \"\(d)\" (not in domains.csv)")) }
    }
    return unknown.isEmpty
  }

  /// The items of a `;`-separated cell, trimmed of spaces, empty ones dropped (as `CSVTable.Row.list`).
  @inline(__always)
  static func forEachItem(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var start = 0
    let n = bytes.count
    for i in 0...n where i == n || bytes[i] == 0x3B {
      var s = start
      var e = i
      while s < e, bytes[s] == 0x20 { s += 1 }
      while e > s, bytes[e - 1] == 0x20 { e -= 1 }
      if s < e { body(UnsafeBufferPointer(rebasing: bytes[s..<e])) }
      start = i + 1
    }
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from bytes, as `CalendarDate(parsing:)` reads text.
  static func parseDate(_ b: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
    let n = b.count
    guard n == 4 || n == 7 || n == 10 else { return nil }
    func digits(_ from: Int, _ count: Int) -> Int? {
      var v = 0
      for k in from..<(from + count) {
        let d = b[k] &- 48
        guard d <= 9 else { return nil }
        v = v * 10 + Int(d)
      }
      return v
    }
    guard let year = digits(0, 4) else { return nil }
    if n == 4 { return CalendarDate(year: year) }
    guard b[4] == 0x2D, let month = digits(5, 2) else { return nil }
    if n == 7 { return CalendarDate(year: year, month: month) }
    guard b[7] == 0x2D, let day = digits(8, 2) else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}

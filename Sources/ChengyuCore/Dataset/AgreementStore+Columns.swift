/// Cheap per-column reads: no String is made except by `text` and `confidence`.
extension AgreementStore {
  /// The agreement's date.
  public func date(_ i: Int) -> CalendarDate { Self.unpack(storage.dates[i]) }
  /// The date as an integer ordered as dates are (year·10⁴ + month·10² + day, 0 for a missing
  /// part): compare or sort without building a `CalendarDate`.
  public func dateKey(_ i: Int) -> Int32 { storage.dates[i] }
  /// The year of the agreement's date.
  public func year(_ i: Int) -> Int { Int(storage.dates[i] / 10_000) }
  /// Index into `Codebook.mechanisms`.
  public func mechanism(_ i: Int) -> Int { Int(storage.mechanisms[i]) }
  /// The mechanism's family (from the dataset's codebook).
  public func family(_ i: Int) -> MechanismFamily { storage.families[i] }
  /// Parties as indices into `Dataset.cities`, distinct, in the order the data lists them.
  public func parties(_ i: Int) -> ArraySlice<Int32> {
    storage.parties[Int(storage.partyStart[i])..<Int(storage.partyStart[i + 1])]
  }
  /// How many parties the agreement has.
  public func partyCount(_ i: Int) -> Int { Int(storage.partyStart[i + 1] - storage.partyStart[i]) }
  /// Domains as indices into `Codebook.domains`.
  public func domains(_ i: Int) -> ArraySlice<Int32> {
    storage.domains[Int(storage.domainStart[i])..<Int(storage.domainStart[i + 1])]
  }
  /// The confidence value as written (`high`, `medium`, or "").
  public func confidence(_ i: Int) -> String { storage.confidenceNames[Int(storage.confidence[i])] }
  /// The confidence as a code: an index into `confidenceNames`.
  public func confidenceCode(_ i: Int) -> Int { Int(storage.confidence[i]) }
  /// The distinct confidence values, indexed by `confidenceCode`.
  public var confidenceNames: [String] { storage.confidenceNames }

  /// The agreement's id (decoded).
  public func id(_ i: Int) -> String { text(.id, i) }

  /// A text field, decoded.
  public func text(_ field: TextField, _ i: Int) -> String {
    withText(field, i) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with a text field's UTF-8 bytes (sanitized and trimmed as the loader keeps
  /// them; valid only during the call).
  /// A field the store does not keep (`keepsText`) reads as empty.
  public func withText<R>(_ field: TextField, _ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let starts = storage.textStart[field.rawValue]
    guard !starts.isEmpty else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let start = starts[i]
    let end = storage.textEnd[field.rawValue][i]
    let s = Int(start & ~Self.decodedFlag)
    let e = Int(end & ~Self.quotesFlag)
    let buffer = start & Self.decodedFlag != 0 ? storage.decoded : storage.file
    return buffer.withUnsafeBufferPointer { all in
      let raw = UnsafeBufferPointer(rebasing: all[s..<e])
      guard end & Self.quotesFlag != 0 else { return body(raw) }
      return Self.collapsingQuotes(raw).withUnsafeBufferPointer(body)
    }
  }

  /// Whether the store holds this text field: a dataset loaded with `keepingText` holds only the
  /// fields asked for (the others read as ""); every field of an empty store counts as held.
  public func keepsText(_ field: TextField) -> Bool {
    isEmpty || !storage.textStart[field.rawValue].isEmpty
  }

  /// The bytes with each `""` pair as one `"` (the scanner flags only well-formed pairs).
  static func collapsingQuotes(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    while i < raw.count {
      out.append(raw[i])
      i += raw[i] == 0x22 ? 2 : 1
    }
    return out
  }

  /// Whether agreement `i` has this exact id (compared as bytes).
  public func hasID(_ i: Int, _ id: String) -> Bool {
    var id = id
    return id.withUTF8 { want in withText(.id, i) { $0.elementsEqual(want) } }
  }

  /// Whether agreement `l` sorts before `r` by date, then id: the order of `NetworkView.agreements`.
  public func precedes(_ l: Int, _ r: Int) -> Bool {
    let (dl, dr) = (storage.dates[l], storage.dates[r])
    if dl != dr { return dl < dr }
    if storage.idsIncreasing { return l < r }
    return withText(.id, l) { a in withText(.id, r) { b in a.lexicographicallyPrecedes(b) } }
  }

  static func pack(_ d: CalendarDate) -> Int32 {
    Int32(d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0))
  }

  static func unpack(_ v: Int32) -> CalendarDate {
    let v = Int(v)
    let (month, day) = (v / 100 % 100, v % 100)
    // Packed only from valid dates, so this never fails.
    return CalendarDate(year: v / 10_000, month: month == 0 ? nil : month, day: day == 0 ? nil : day)!
  }
}

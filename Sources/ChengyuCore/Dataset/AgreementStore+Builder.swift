/// Fills the columns one agreement at a time: the loader appends ranges into the file it reads,
/// code-built agreements (tests, import, synthetic corpora) append their text.
extension AgreementStore {
  struct Builder {
    let file: [UInt8]
    var decoded: [UInt8] = []
    /// Per text field (`AgreementStore.Storage.textStart`); fields are appended in order.
    var textStart = [[UInt32]](repeating: [], count: AgreementStore.fieldCount)
    var textEnd = [[UInt32]](repeating: [], count: AgreementStore.fieldCount)
    /// The field the next append goes to.
    private var field = 0
    /// Per field: whether its offsets are kept (a load told which fields its caller reads).
    private let kept: [Bool]
    /// Some fields are not kept: then the kept ones are copied into `decoded` as they come and
    /// the store does not hold on to the file (379 MB for 10⁶ agreements, 8 MB of ids).
    let copiesText: Bool
    var dates: [Int32] = []
    var mechanisms: [Int32] = []
    var families: [MechanismFamily] = []
    var partyStart: [UInt32] = [0]
    var parties: [Int32] = []
    var domainStart: [UInt32] = [0]
    var domains: [Int32] = []
    var confidence: [UInt16] = []
    var confidenceNames: [String] = []
    var confidenceCodes = ByteKeyTable()

    init(file: [UInt8], capacity: Int = 0, keeping fields: Set<AgreementStore.TextField> = Set(AgreementStore.TextField.allCases)) {
      self.file = file
      kept = AgreementStore.TextField.allCases.map(fields.contains)
      copiesText = kept.contains(false)
      guard capacity > 0 else { return }
      for f in 0..<AgreementStore.fieldCount where kept[f] {
        textStart[f].reserveCapacity(capacity)
        textEnd[f].reserveCapacity(capacity)
      }
      dates.reserveCapacity(capacity)
      mechanisms.reserveCapacity(capacity)
      families.reserveCapacity(capacity)
      partyStart.reserveCapacity(capacity + 1)
      domainStart.reserveCapacity(capacity + 1)
      confidence.reserveCapacity(capacity)
    }

    var count: Int { dates.count }

    /// A field held in the file `p` at `start..<end`, with `""` pairs when `quotes` (copied from
    /// `p` when the store does not keep the file, which may then be a mapping).
    mutating func appendFileText(_ start: Int, _ end: Int, quotes: Bool = false, from p: UnsafeBufferPointer<UInt8>) {
      let flag = quotes ? AgreementStore.quotesFlag : 0
      guard copiesText else { return append(UInt32(start), UInt32(end) | flag) }
      guard kept[field] else { return append(0, 0) }
      // The raw bytes, `""` pairs and all: the flag still collapses them when read.
      let at = UInt32(decoded.count) | AgreementStore.decodedFlag
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
      append(at, UInt32(decoded.count) | flag)
    }

    /// The next field's offsets, flags included.
    @inline(__always)
    mutating func append(_ start: UInt32, _ end: UInt32) {
      if kept[field] {
        textStart[field].append(start)
        textEnd[field].append(end)
      }
      field = field == AgreementStore.fieldCount - 1 ? 0 : field + 1
    }

    /// A field already in the decoded buffer at `start..<end`.
    mutating func appendDecodedRange(_ start: Int, _ end: Int) {
      append(UInt32(start) | AgreementStore.decodedFlag, UInt32(end))
    }

    /// A field whose bytes are appended to the decoded buffer.
    mutating func appendDecodedText(_ bytes: some Collection<UInt8>) {
      let start = UInt32(decoded.count) | AgreementStore.decodedFlag
      decoded.append(contentsOf: bytes)
      append(start, UInt32(decoded.count))
    }

    /// The code of a confidence value, given as UTF-8 bytes.
    mutating func confidenceCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
      if let c = confidenceCodes.value(bytes) { return UInt16(c) }
      let c = confidenceNames.count
      confidenceNames.append(String(decoding: bytes, as: UTF8.self))
      confidenceCodes.insert(bytes, value: c)
      return UInt16(c)
    }

    /// Ends an agreement whose text fields (all of `TextField`, in order) were appended.
    mutating func finish(
      date: CalendarDate, mechanism: Int, family: MechanismFamily, parties: some Sequence<Int32>,
      domains: some Sequence<Int32>, confidence code: UInt16
    ) {
      dates.append(AgreementStore.pack(date))
      mechanisms.append(Int32(truncatingIfNeeded: mechanism))
      families.append(family)
      self.parties.append(contentsOf: parties)
      partyStart.append(UInt32(self.parties.count))
      self.domains.append(contentsOf: domains)
      domainStart.append(UInt32(self.domains.count))
      confidence.append(code)
    }

    /// The store; `idsIncreasing` when the caller knows the ids rise strictly (nil: check).
    func build(idsIncreasing known: Bool? = nil) -> AgreementStore {
      let unchecked = AgreementStore(storage: Storage(
        file: copiesText ? [] : file, decoded: decoded, textStart: textStart, textEnd: textEnd, dates: dates,
        mechanisms: mechanisms, families: families, partyStart: partyStart, parties: parties,
        domainStart: domainStart, domains: domains, confidence: confidence, confidenceNames: confidenceNames,
        idsIncreasing: false))
      let increasing = known ?? unchecked.indices.dropFirst().allSatisfy { i in
        unchecked.withText(.id, i - 1) { a in unchecked.withText(.id, i) { a.lexicographicallyPrecedes($0) } }
      }
      guard increasing else { return unchecked }
      return AgreementStore(storage: unchecked.storage.with(idsIncreasing: true))
    }
  }

  /// Code-built agreements as columns, families as given.
  public init(_ agreements: [Agreement]) {
    var b = Builder(file: [], capacity: agreements.count)
    for a in agreements {
      for text in [a.id, a.titleZh, a.titleEn, a.kindZh, a.summaryEn, a.provenance.sourceURL, a.provenance.evidence] {
        b.appendDecodedText(text.utf8)
      }
      var confidence = a.provenance.confidence
      let code = confidence.withUTF8 { b.confidenceCode($0) }
      b.finish(
        date: a.date, mechanism: a.mechanism, family: a.family,
        parties: a.parties.lazy.map { Int32(truncatingIfNeeded: $0) },
        domains: a.domains.lazy.map { Int32(truncatingIfNeeded: $0) }, confidence: code)
    }
    self = b.build()
  }

  /// The same agreements with each family taken from `codebook` (an agreement whose mechanism
  /// is not in it keeps its own).
  func withFamilies(from codebook: Codebook) -> AgreementStore {
    let families = indices.map { i in
      let m = mechanism(i)
      return codebook.mechanisms.indices.contains(m) ? codebook.mechanisms[m].family : family(i)
    }
    if families == storage.families { return self }
    return AgreementStore(storage: storage.with(families: families))
  }
}

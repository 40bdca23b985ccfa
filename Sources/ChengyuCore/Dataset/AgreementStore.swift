/// A dataset's agreements as columns: parallel arrays of small integers, parties and domains as
/// offsets into one integer array each, and text fields as byte ranges into the file they were
/// read from, decoded only when shown or searched (issue 11: a struct of Strings per row cost
/// 1.8 GB and 20 s for a million agreements).
///
/// It is a `RandomAccessCollection` of `Agreement`: `agreements[i]` builds the full value on
/// demand (screens, exports), while hot paths read one column (`year(i)`, `mechanism(i)`,
/// `parties(i)` …) without making a String. Immutable once built; the storage is shared, so a
/// copy costs a reference count.
public struct AgreementStore: RandomAccessCollection, Sendable, Equatable {
  /// The text fields kept as byte ranges, in the order of `TextField.rawValue`.
  public enum TextField: Int, CaseIterable, Sendable {
    case id, titleZh, titleEn, kindZh, summaryEn, sourceURL, evidence

    /// The fields a text search reads (`RecordMatch`: ids and both titles).
    public static let searched: Set<TextField> = [.id, .titleZh, .titleEn]
  }

  static let fieldCount = TextField.allCases.count
  /// Set in a text start offset when the bytes are in `decoded`, not in `file`.
  static let decodedFlag: UInt32 = 1 << 31
  /// Set in a text end offset when the bytes hold `""` pairs, each standing for one quote
  /// (collapsed when the field is read: a summary quoting a word needs no decoded copy).
  static let quotesFlag: UInt32 = 1 << 31

  final class Storage: Sendable {
    /// The agreements file as read; clean fields point into it.
    let file: [UInt8]
    /// Fields that had to be changed to be used (doubled quotes collapsed, sanitized, trimmed),
    /// and the text of code-built agreements.
    let decoded: [UInt8]
    /// Per text field, then agreement (`textStart[field][i]`): start offset (with `decodedFlag`
    /// when in `decoded`) and end offset (with `quotesFlag` for doubled quotes). A field the
    /// loader was told not to keep has empty arrays (`keepsText`).
    let textStart: [[UInt32]]
    let textEnd: [[UInt32]]
    /// `CalendarDate` packed as year·10⁴ + month·10² + day (0 for a missing part): ordered as
    /// the dates are.
    let dates: [Int32]
    let mechanisms: [Int32]
    let families: [MechanismFamily]
    /// Parties of agreement i: `parties[partyStart[i]..<partyStart[i + 1]]`.
    let partyStart: [UInt32]
    let parties: [Int32]
    let domainStart: [UInt32]
    let domains: [Int32]
    /// Index into `confidenceNames`.
    let confidence: [UInt16]
    let confidenceNames: [String]
    /// Ids strictly increasing (as bytes) in index order, as in a sorted file: then id order is
    /// index order and `precedes` compares integers only.
    let idsIncreasing: Bool

    init(
      file: [UInt8], decoded: [UInt8], textStart: [[UInt32]], textEnd: [[UInt32]], dates: [Int32],
      mechanisms: [Int32], families: [MechanismFamily], partyStart: [UInt32], parties: [Int32],
      domainStart: [UInt32], domains: [Int32], confidence: [UInt16], confidenceNames: [String],
      idsIncreasing: Bool
    ) {
      self.file = file
      self.decoded = decoded
      self.textStart = textStart
      self.textEnd = textEnd
      self.dates = dates
      self.mechanisms = mechanisms
      self.families = families
      self.partyStart = partyStart
      self.parties = parties
      self.domainStart = domainStart
      self.domains = domains
      self.confidence = confidence
      self.confidenceNames = confidenceNames
      self.idsIncreasing = idsIncreasing
    }

    /// The same columns with another family column (a dataset re-derives it from its codebook).
    func with(families: [MechanismFamily]? = nil, idsIncreasing: Bool? = nil) -> Storage {
      Storage(
        file: file, decoded: decoded, textStart: textStart, textEnd: textEnd, dates: dates,
        mechanisms: mechanisms, families: families ?? self.families, partyStart: partyStart, parties: parties,
        domainStart: domainStart, domains: domains, confidence: confidence, confidenceNames: confidenceNames,
        idsIncreasing: idsIncreasing ?? self.idsIncreasing)
    }
  }

  let storage: Storage

  init(storage: Storage) { self.storage = storage }

  /// No agreements.
  public init() { self.init([Agreement]()) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { storage.dates.count }

  /// The agreement at `i`, built from the columns (its text decoded).
  public subscript(i: Int) -> Agreement {
    Agreement(
      id: text(.id, i), date: date(i), titleZh: text(.titleZh, i), titleEn: text(.titleEn, i),
      parties: parties(i).map(Int.init), mechanism: mechanism(i), family: family(i),
      kindZh: text(.kindZh, i), domains: domains(i).map(Int.init), summaryEn: text(.summaryEn, i),
      provenance: Provenance(sourceURL: text(.sourceURL, i), evidence: text(.evidence, i), confidence: confidence(i)))
  }

  public static func == (l: AgreementStore, r: AgreementStore) -> Bool {
    l.storage === r.storage || l.elementsEqual(r)
  }
}

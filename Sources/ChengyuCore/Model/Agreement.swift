/// An inter-governmental agreement (府际协议): the source of ties.
public struct Agreement: Sendable, Hashable {
  public var id: String
  public var date: CalendarDate
  public var titleZh: String
  public var titleEn: String
  /// Parties as indices into `Dataset.cities`, distinct, in the order the data lists them.
  public var parties: [Int]
  /// Index into `Codebook.mechanisms`.
  public var mechanism: Int
  /// The mechanism's family, stored so counts need no codebook lookup. `Dataset.init` sets it
  /// from the codebook, so inside a dataset it always agrees with `mechanism`; it is read-only
  /// outside Core so it cannot be changed apart from the mechanism.
  public internal(set) var family: MechanismFamily
  public var kindZh: String
  /// Indices into `Codebook.domains`.
  public var domains: [Int]
  public var summaryEn: String
  public var provenance: Provenance

  public init(
    id: String, date: CalendarDate, titleZh: String, titleEn: String, parties: [Int],
    mechanism: Int, family: MechanismFamily, kindZh: String = "", domains: [Int] = [],
    summaryEn: String = "", provenance: Provenance = Provenance(sourceURL: "", evidence: "", confidence: "")
  ) {
    self.id = id
    self.date = date
    self.titleZh = titleZh
    self.titleEn = titleEn
    self.parties = parties
    self.mechanism = mechanism
    self.family = family
    self.kindZh = kindZh
    self.domains = domains
    self.summaryEn = summaryEn
    self.provenance = provenance
  }
}

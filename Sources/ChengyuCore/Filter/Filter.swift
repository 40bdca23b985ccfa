/// What part of a dataset to look at: shared by the command line, the explorer and exports, so
/// what is exported always matches what is shown.
///
/// Empty sets mean "no restriction". Agreement conditions (family, mechanism, domain, years, text)
/// select agreements; node conditions (level, in-region) select which parties count; cross-border
/// keeps only Sichuan–Chongqing ties (see `CrossBorderRule` for other datasets).
public struct Filter: Sendable, Hashable {
  /// Mechanism families whose agreements count.
  public var families: Set<MechanismFamily> = []
  /// Mechanism ids from the codebook.
  public var mechanisms: Set<String> = []
  /// Domain ids; an agreement matches when it has at least one of them.
  public var domains: Set<String> = []
  /// Years (inclusive) of the agreements' and policies' dates.
  public var years: ClosedRange<Int>? = nil
  /// Administrative levels of the parties that count (before roll-up).
  public var levels: Set<AdminLevel> = []
  /// Only parties inside the 2016 planning area.
  public var inRegionOnly = false
  /// Only ties between a Sichuan and a Chongqing government; in a dataset without the province
  /// ids `sichuan` and `chongqing`, ties between two different provincial-level units.
  public var crossBorderOnly = false
  /// Search words, all of which must match an agreement or policy (see `RecordMatch`): a word
  /// naming a government matches what it (or, above `signed`, anything rolled up into it)
  /// signed; other words match ids, dates and titles in the language typed.
  public var text = ""
  /// Issuers whose policy documents are listed (policies only; agreements are not affected).
  public var issuerLevels: Set<IssuerLevel> = []
  /// Only agreements with at most this many parties as signed (before node conditions and
  /// roll-up), e.g. 10 to set the region-wide declarations aside; nil for no limit.
  public var maxParties: Int? = nil
  /// Confidence values (`high`, `medium`) whose agreements count; empty for all.
  public var confidences: Set<String> = []
  /// The level nodes are rolled up to.
  public var aggregation: AggregationLevel = .signed
  /// Keep every government in scope (`Dataset.citiesInScope`) as a node, ties or not, so
  /// density and every measure use a fixed actor set; a view setting, not a restriction.
  public var keepIsolates = false
  /// How multilateral agreements weigh their ties; a view setting, not a restriction.
  public var weighting: TieWeighting = .count

  /// A filter that restricts nothing, at the `signed` level.
  public init() {}

  /// True when nothing is restricted (aggregation aside).
  public var isEmpty: Bool {
    families.isEmpty && mechanisms.isEmpty && domains.isEmpty && years == nil && levels.isEmpty
      && !inRegionOnly && !crossBorderOnly && text.isEmpty && issuerLevels.isEmpty && maxParties == nil
      && confidences.isEmpty
  }

  /// True when something besides the node conditions restricts which agreements or ties count
  /// (family, mechanism, domain, years, text, cross-border, party count, confidence).
  public var hasAgreementConditions: Bool {
    !families.isEmpty || !mechanisms.isEmpty || !domains.isEmpty || years != nil || !text.isEmpty
      || crossBorderOnly || maxParties != nil || !confidences.isEmpty
  }

  /// Whether a government passes the node conditions (level, in-region), i.e. counts as a party.
  public func counts(_ city: City) -> Bool {
    (levels.isEmpty || levels.contains(city.level)) && (!inRegionOnly || city.inRegion)
  }

  /// The filter with every restriction cleared, keeping the view settings (aggregation,
  /// isolates, weighting).
  public func cleared() -> Filter {
    var f = Filter()
    f.aggregation = aggregation
    f.keepIsolates = keepIsolates
    f.weighting = weighting
    return f
  }

  /// Whether agreement `i` of `store` passes the party-count and confidence conditions (from
  /// the columns: no `Agreement` is built).
  func passesControls(_ i: Int, in store: AgreementStore) -> Bool {
    (maxParties.map { store.partyCount(i) <= $0 } ?? true)
      && (confidences.isEmpty || confidences.contains(store.confidence(i)))
  }

  /// Whether an agreement passes the party-count and confidence conditions.
  func passesControls(_ a: Agreement) -> Bool {
    (maxParties.map { a.parties.count <= $0 } ?? true)
      && (confidences.isEmpty || confidences.contains(a.provenance.confidence))
  }
}

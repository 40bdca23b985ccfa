import ChengyuCore

/// What the analysis views derive from the filter plus a choice of their own — a city (ego
/// network), a window in months (policy follow-up), periods (Compare) — and remember between
/// keys. A choice is only noted on its key; what it needs is `pending` until computed and
/// `fill`ed: off the key path in the explorer (`ViewWork` jobs), at once otherwise
/// (`computePending`). Screens only read it, and show a placeholder for what is pending.
public struct AnalysisViewState: Sendable {
  /// Months `w` steps through for the policy follow-up; the first after the last.
  public static let windows = [6, 12, 24, 36]
  /// The follow-up window (the command line's `--after` default).
  public static let defaultWindow = 12

  /// The cities whose ego screen was opened: their ego networks are derived for every filter.
  public private(set) var egoCities: Set<Int> = []
  /// The ego networks computed for the model's filter (a city of `egoCities` missing here is pending).
  public private(set) var egos: [Int: EgoModel] = [:]
  /// The follow-up window in force.
  public private(set) var followUpMonths = Self.defaultWindow
  /// Whether the Timeline was shown: its follow-up counts are derived from then on (not before:
  /// at 10⁶ agreements they cost a second of a core's time per filter).
  public private(set) var timelineShown = false
  /// The follow-up counts last computed for the model's filter, for any window.
  private var followUpsComputed: FollowUpModel?
  /// The policy whose record was opened last: what followed it is derived for the filter and
  /// window in force (one pass over the view's agreements: 0.1 s at 10⁶).
  public private(set) var recordPolicy: Int?
  private var recordComputed: PolicyFollowUp?
  /// The Compare screen's periods (the national stages unless changed).
  public private(set) var periods: [ClosedRange<Int>] = PeriodComparison.nationalStages
  /// The comparison last computed for periods other than the stages, with those periods.
  private var custom: (periods: [ClosedRange<Int>], comparison: PeriodComparison?)?
  /// The map and graph mark cities by community instead of province.
  public internal(set) var markCommunities = false

  init(model: FilterModel) {
    refreshPeriods(model)
  }

  /// What followed each policy, over the window in force; nil while it is being counted (or
  /// before the Timeline was first shown).
  public var followUps: FollowUpModel? { followUpsComputed?.months == followUpMonths ? followUpsComputed : nil }

  /// What followed `policy` over the window in force, when it is the record's and computed.
  public func recordFollowUp(_ policy: Int) -> PolicyFollowUp? {
    recordComputed.flatMap { $0.policy == policy && $0.months == followUpMonths ? $0 : nil }
  }

  /// The follow-up index of the model's filter, when one was built (for another window).
  var followUpIndex: PolicyFollowUpIndex? { followUpsComputed?.index }

  /// The comparison of `periods` when they are not the stages (those are the filter model's);
  /// nil for the stages, over the explorer's budget or while it is being computed.
  public var customPeriods: PeriodComparison? { custom?.periods == periods ? custom?.comparison : nil }

  /// The filter changed: everything derived from the older model is dropped (pending again for
  /// the new one), except a comparison of the custom periods that came with the model's own.
  mutating func refresh(_ model: FilterModel) {
    egos = [:]
    followUpsComputed = nil
    recordComputed = nil
    custom = nil
    refreshPeriods(model)
  }

  /// The model's comparisons arrived: the custom periods' comparison, when it was computed with
  /// them for the periods in force (else they stay pending).
  mutating func refreshPeriods(_ model: FilterModel) {
    if let analysis = model.analysis, let own = analysis.customPeriods, own == periods {
      custom = (own, analysis.custom)
    }
  }

  /// The work the choices in force still need for `model`, follow-up counts first (the Timeline
  /// is the screen most often open). The periods wait for the model's own comparisons, which
  /// say whether the network is within the budget (and may bring them).
  func pending(_ model: FilterModel) -> [ViewWork] {
    var work: [ViewWork] = timelineShown && followUps == nil ? [.followUps(months: followUpMonths)] : []
    if let p = recordPolicy, recordFollowUp(p) == nil { work.append(.record(policy: p, months: followUpMonths)) }
    work += egoCities.sorted().filter { egos[$0] == nil }.map { .ego(city: $0) }
    if periods != PeriodComparison.nationalStages, model.analysis != nil, custom?.periods != periods {
      work.append(.periods(periods))
    }
    return work
  }

  /// Whether some work of `kind` is pending (the screens then show a placeholder).
  func isPending(_ kind: WorkKind, _ model: FilterModel) -> Bool { pending(model).contains { $0.kind == kind } }

  /// Computes every pending piece now, on this thread; `only` narrows which.
  mutating func computePending(_ model: FilterModel, only: (ViewWork) -> Bool = { _ in true }) {
    for work in pending(model) where only(work) {
      if let part = ViewPart.compute(work, model: model, index: followUpIndex, cancel: nil) { fill(part) }
    }
  }

  /// Takes a computed piece (the caller checked it is for the model's filter and still pending).
  mutating func fill(_ part: ViewPart) {
    switch part {
    case .followUps(let f): followUpsComputed = f
    case .record(let f): recordComputed = f
    case .ego(let e): egos[e.city] = e
    case .periods(let p, let comparison): custom = (p, comparison)
    }
  }

  /// This state's results with the choices of `other` (those made while these were derived
  /// off the key path): what the choices need beyond them is pending.
  func keepingChoices(of other: AnalysisViewState) -> AnalysisViewState {
    var kept = self
    kept.egoCities = other.egoCities
    kept.timelineShown = other.timelineShown
    kept.recordPolicy = other.recordPolicy
    kept.followUpMonths = other.followUpMonths
    kept.periods = other.periods
    kept.markCommunities = other.markCommunities
    return kept
  }

  /// A city's ego screen is about to be shown: its ego network is wanted.
  mutating func openEgo(_ city: Int) { egoCities.insert(city) }

  /// The Timeline is about to be shown: its follow-up counts are wanted.
  mutating func showTimeline() { timelineShown = true }

  /// A policy's record is about to be shown: what followed it is wanted.
  mutating func openRecord(_ policy: Int) { recordPolicy = policy }

  /// The next follow-up window; returns it.
  mutating func nextWindow() -> Int {
    let i = Self.windows.firstIndex(of: followUpMonths) ?? 0
    followUpMonths = Self.windows[(i + 1) % Self.windows.count]
    return followUpMonths
  }

  /// New periods for the Compare screen.
  mutating func setPeriods(_ ranges: [ClosedRange<Int>]) { periods = ranges }

  /// The comparison the Compare screen shows: the filter model's stages, or the custom periods.
  func periodComparison(_ model: FilterModel) -> PeriodComparison? {
    periods == PeriodComparison.nationalStages ? model.analysis?.stages : customPeriods
  }

  /// Custom periods compared with the filter's years set aside, within the budget the stages
  /// keep to (the widest network is the same: every year).
  static func comparison(_ model: FilterModel, _ periods: [ClosedRange<Int>]) -> PeriodComparison? {
    guard periods != PeriodComparison.nationalStages, model.analysis?.stages != nil else { return nil }
    var f = model.filter
    f.years = nil
    return PeriodComparison(dataset: model.view.dataset, filter: f, periods: periods)
  }
}

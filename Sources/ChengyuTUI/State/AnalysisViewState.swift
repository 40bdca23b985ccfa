import ChengyuCore

/// What the analysis views derive from the filter plus a choice of their own — a city (ego
/// network), a window in months (policy follow-up), periods (Compare) — and remember between
/// keys. Rebuilt by `refresh` when the filter changes, so screens only read it.
public struct AnalysisViewState: Sendable {
  /// Months `w` steps through for the policy follow-up; the first after the last.
  public static let windows = [6, 12, 24, 36]
  /// The follow-up window (the command line's `--after` default).
  public static let defaultWindow = 12

  /// The ego network of every city whose ego screen was opened.
  public private(set) var egos: [Int: EgoModel] = [:]
  /// What followed each policy, over the window in force.
  public private(set) var followUps: FollowUpModel
  /// The Compare screen's periods (the national stages unless changed).
  public private(set) var periods: [ClosedRange<Int>] = PeriodComparison.nationalStages
  /// The comparison of `periods` when they are not the stages (those are the filter model's);
  /// nil for the stages or over the explorer's budget.
  public private(set) var customPeriods: PeriodComparison?
  /// The map and graph mark cities by community instead of province.
  public internal(set) var markCommunities = false

  init(model: FilterModel) {
    followUps = FollowUpModel(model: model, months: Self.defaultWindow)
  }

  /// The filter changed: everything derived again for the new model (off the key path in the
  /// explorer: `AppState.built` runs it on a worker thread with the rest of the model).
  mutating func refresh(_ model: FilterModel) {
    for city in egos.keys { egos[city] = EgoModel(model: model, city: city) }
    followUps = FollowUpModel(model: model, months: followUps.months)
    refreshPeriods(model)
  }

  /// The model's comparisons arrived: the custom periods, which keep to their budget, again
  /// (nothing to do for the national stages, which are the model's own). The explorer computes
  /// them with the comparisons, off the key path; only periods changed meanwhile are compared here.
  mutating func refreshPeriods(_ model: FilterModel) {
    if let analysis = model.analysis, analysis.customPeriods == periods {
      customPeriods = analysis.custom
    } else {
      customPeriods = Self.comparison(model, periods)
    }
  }

  /// The choices everything here is derived from besides the model (cities, window, periods):
  /// a refresh computed for other choices cannot be taken.
  struct Choices: Equatable, Sendable {
    let egos: Set<Int>
    let months: Int
    let periods: [ClosedRange<Int>]
  }

  var choices: Choices { Choices(egos: Set(egos.keys), months: followUps.months, periods: periods) }

  /// Builds the ego network of a city about to be shown.
  mutating func prepareEgo(_ city: Int, _ model: FilterModel) {
    egos[city] = EgoModel(model: model, city: city)
  }

  /// The next follow-up window; returns it.
  mutating func nextWindow(_ model: FilterModel) -> Int {
    let i = Self.windows.firstIndex(of: followUps.months) ?? 0
    followUps = followUps.with(months: Self.windows[(i + 1) % Self.windows.count])
    return followUps.months
  }

  /// New periods for the Compare screen.
  mutating func setPeriods(_ ranges: [ClosedRange<Int>], _ model: FilterModel) {
    periods = ranges
    customPeriods = Self.comparison(model, ranges)
  }

  /// The comparison the Compare screen shows: the filter model's stages, or the custom periods.
  func periodComparison(_ model: FilterModel) -> PeriodComparison? {
    periods == PeriodComparison.nationalStages ? model.analysis?.stages : customPeriods
  }

  /// Custom periods compared with the filter's years set aside, within the budget the stages
  /// keep to (the widest network is the same: every year).
  private static func comparison(_ model: FilterModel, _ periods: [ClosedRange<Int>]) -> PeriodComparison? {
    guard periods != PeriodComparison.nationalStages, model.analysis?.stages != nil else { return nil }
    var f = model.filter
    f.years = nil
    return PeriodComparison(dataset: model.view.dataset, filter: f, periods: periods)
  }
}

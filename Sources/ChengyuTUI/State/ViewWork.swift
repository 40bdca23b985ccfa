import ChengyuCore

/// Slow work of the analysis views (`AnalysisViewState`): what they derive from the filter's
/// model plus a choice of their own — the follow-up window (for the Timeline and for the policy
/// record open), a city whose ego network was opened, the Compare screen's periods. The explorer runs each as a job off the key path
/// (`ExplorerProgram.startViews`); a result is taken only while the same work is still wanted
/// for the same filter (`AppState.receive(_:for:filter:)`), so a newer filter, window or periods
/// leaves no stale result on screen.
enum ViewWork: Hashable, Sendable {
  case followUps(months: Int)
  /// What followed the policy whose record is open, over the filter's view (years included).
  case record(policy: Int, months: Int)
  case ego(city: Int)
  case periods([ClosedRange<Int>])

  /// Its name in the header's progress.
  var kind: WorkKind {
    switch self {
    case .followUps: .followUps
    case .record: .record
    case .ego: .ego
    case .periods: .periods
    }
  }
}

/// The result of a `ViewWork`, for the model it was computed from.
enum ViewPart: Sendable {
  case followUps(FollowUpModel)
  case record(PolicyFollowUp)
  case ego(EgoModel)
  /// The periods and their comparison (nil over the explorer's budget, as the stages).
  case periods([ClosedRange<Int>], PeriodComparison?)

  /// Computes `work` for `model` (pure: safe on a worker thread); `index` is the follow-up
  /// index of `model`'s every-year view when one was built for another window. Nil when `cancel`
  /// was cancelled meanwhile.
  static func compute(_ work: ViewWork, model: FilterModel, index: PolicyFollowUpIndex?,
                      cancel: CancellationToken?) -> ViewPart? {
    let part: ViewPart
    switch work {
    case .followUps(let months):
      guard let f = FollowUpModel(model: model, months: months, index: index, cancel: cancel) else { return nil }
      part = .followUps(f)
    case .record(let policy, let months): part = .record(PolicyFollowUp(view: model.view, policy: policy, months: months))
    case .ego(let city): part = .ego(EgoModel(model: model, city: city))
    case .periods(let periods): part = .periods(periods, AnalysisViewState.comparison(model, periods))
    }
    return cancel.isCancelled ? nil : part
  }
}

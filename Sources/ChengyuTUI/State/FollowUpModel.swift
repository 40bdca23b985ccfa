import ChengyuCore

/// What followed each policy (the counts of `PolicyFollowUp`, as `chengyu show P… --after N`
/// computes them) for the Timeline's policy rows: over the filter's agreements of every year,
/// since the Timeline sets the year window aside for its bars and milestones too. Counted by one
/// sorted pass for all policies (`PolicyFollowUpIndex`; the index is kept for the next window).
///
/// In the explorer it is computed off the key path whatever the network's size
/// (`AnalysisViewState.pending`, `ViewWork.followUps`): at 10⁶ agreements and 20,000 policies
/// the index takes about 0.1 s and a window's counts 0.1–1 s, too long for a key, so the
/// Timeline says it is counting until the counts arrive (docs/performance.md).
public struct FollowUpModel: Sendable {
  /// The window in months.
  public let months: Int
  /// Per policy (index into `Dataset.policies`) of the view.
  public let byPolicy: [Int: PolicyFollowUpIndex.Counts]
  /// The index the counts came from, for another window of the same filter.
  let index: PolicyFollowUpIndex

  /// The counts of `model`'s every-year view for a window of `months`, from `index` when it is
  /// that view's (built otherwise). Nil when `cancel` was cancelled on the way.
  init?(model: FilterModel, months: Int, index: PolicyFollowUpIndex? = nil, cancel: CancellationToken? = nil) {
    let index = index ?? PolicyFollowUpIndex(view: model.allYearsView)
    cancel?.report(0.2)
    guard !cancel.isCancelled, let counts = index.counts(months: months, cancel: cancel?.part(0.2...1)) else { return nil }
    self.months = months
    self.index = index
    byPolicy = counts
  }
}

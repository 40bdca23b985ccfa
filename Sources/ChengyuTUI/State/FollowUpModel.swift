import ChengyuCore

/// What followed each policy (the counts of `PolicyFollowUp`, as `chengyu show P… --after N`
/// computes them) for the Timeline's policy rows: over the filter's agreements of every year,
/// since the Timeline sets the year window aside for its bars and milestones too. Built when the
/// filter or the window changes, never while drawing, by one sorted pass for all policies
/// (`PolicyFollowUpIndex`; the index is kept for the next window).
///
/// The counting stops past the explorer's measures budget in agreements looked at (at 10⁶
/// agreements and 20,000 policies a window costs 0.5–3 s); the rows then go without counts, and
/// a policy's record still computes its own.
public struct FollowUpModel: Sendable {
  /// The window in months.
  public let months: Int
  /// The filter the counts are for.
  let filter: Filter
  /// Per policy (index into `Dataset.policies`) of the view; empty over the budget.
  public let byPolicy: [Int: PolicyFollowUpIndex.Counts]
  private let index: PolicyFollowUpIndex
  private let budget: Int

  init(model: FilterModel, months: Int) {
    self.init(index: PolicyFollowUpIndex(view: model.allYearsView), filter: model.filter, budget: model.measuresBudget,
              months: months)
  }

  private init(index: PolicyFollowUpIndex, filter: Filter, budget: Int, months: Int) {
    self.months = months
    self.filter = filter
    self.index = index
    self.budget = budget
    byPolicy = index.counts(months: months, workLimit: budget) ?? [:]
  }

  /// The same filter's counts for another window.
  func with(months: Int) -> FollowUpModel { FollowUpModel(index: index, filter: filter, budget: budget, months: months) }
}

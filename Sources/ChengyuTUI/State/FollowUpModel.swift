import ChengyuCore

/// What followed each policy (the counts of `PolicyFollowUp`, as `chengyu show P… --after N`
/// computes them) for the Timeline's policy rows: over the filter's agreements of every year,
/// since the Timeline sets the year window aside for its bars and milestones too. Built when the
/// filter or the window changes, never while drawing, by one sorted pass for all policies
/// (`PolicyFollowUpIndex`; the index is kept for the next window).
///
/// Built and counted only within the explorer's measures budget (what the index and the counts
/// look at, each look weighted as `lookCost` budget steps); over it the rows go without counts,
/// and a policy's record still computes its own. At 100,000 agreements and 2,000 policies that
/// is 5 ms for the index and 3–8 ms per window; at 10⁶ and 20,000 it would be 0.1 s and
/// 0.1–1 s per window, so there the rows have no counts (docs/performance.md).
public struct FollowUpModel: Sendable {
  /// The window in months.
  public let months: Int
  /// Per policy (index into `Dataset.policies`) of the view; empty over the budget.
  public let byPolicy: [Int: PolicyFollowUpIndex.Counts]
  /// Nil over the budget.
  private let index: PolicyFollowUpIndex?
  /// Looks left for the counts of a window once the index is built.
  private let looks: Int

  /// Budget steps per agreement (or party) looked at: a look is a read at a scattered place
  /// (about 50 ns at 10⁶ agreements), a measures step a neighbour read in order (a few ns).
  public static let lookCost = 16

  init(model: FilterModel, months: Int) {
    let view = model.allYearsView
    let looks = model.measuresBudget / Self.lookCost - PolicyFollowUpIndex.buildWork(view)
    self.init(index: looks > 0 ? PolicyFollowUpIndex(view: view) : nil, looks: looks,
              months: months)
  }

  private init(index: PolicyFollowUpIndex?, looks: Int, months: Int) {
    self.months = months
    self.index = index
    self.looks = looks
    byPolicy = index?.counts(months: months, workLimit: looks) ?? [:]
  }

  /// The same filter's counts for another window.
  func with(months: Int) -> FollowUpModel { FollowUpModel(index: index, looks: looks, months: months) }
}

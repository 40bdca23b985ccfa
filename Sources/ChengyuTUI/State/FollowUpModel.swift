import ChengyuCore

/// What followed each policy (`PolicyFollowUp`, as `chengyu show P… --after N` computes it) for
/// the Timeline's policy rows: over the filter's agreements of every year, since the Timeline sets
/// the year window aside for its bars and milestones too. Built when the filter or the window
/// changes, never while drawing. Each policy costs a pass over the agreements, so above the
/// explorer's measures budget (policies × agreements) the rows go without counts; a policy's
/// record still computes its own.
public struct FollowUpModel: Sendable {
  /// The window in months.
  public let months: Int
  /// Per policy (index into `Dataset.policies`) of the view.
  public let byPolicy: [Int: PolicyFollowUp]

  init(model: FilterModel, months: Int) {
    self.months = months
    let view = model.allYearsView
    var byPolicy: [Int: PolicyFollowUp] = [:]
    // 20,000 policies × 10⁶ agreements would hold the key path for minutes (issue 11).
    let withinBudget = view.policies.count * view.agreements.count <= model.measuresBudget
    for p in view.policies where withinBudget { byPolicy[p] = PolicyFollowUp(view: view, policy: p, months: months) }
    self.byPolicy = byPolicy
  }
}

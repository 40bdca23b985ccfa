import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuTUI

/// The Timeline's policy follow-up counts are derived within the measures budget only: each
/// policy is a pass over the agreements, which at 10⁶ agreements and 10⁴ policies took minutes.
@Suite struct FollowUpBudgetTests {
  @Test func followUpsAreComputedWithinTheBudget() {
    let state = AppState(dataset: embedded)
    let view = state.model.allYearsView
    #expect(!view.policies.isEmpty)
    #expect(state.analysisViews.followUps.byPolicy.count == view.policies.count)
    let p = view.policies[0]
    #expect(state.analysisViews.followUps.byPolicy[p]?.after == PolicyFollowUp(view: view, policy: p, months: 12).after)
  }

  @Test func overTheBudgetTheRowsGoWithoutCounts() {
    let state = AppState(dataset: embedded, measuresBudget: 10)
    #expect(!state.model.allYearsView.policies.isEmpty)
    #expect(state.analysisViews.followUps.byPolicy.isEmpty)
  }
}

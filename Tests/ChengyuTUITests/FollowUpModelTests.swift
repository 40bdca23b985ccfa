import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuTUI

/// The Timeline's policy follow-up counts: every policy of the filter, by one sorted pass
/// (`PolicyFollowUpIndex`) held to the measures budget in work done, the same as each policy's
/// own `PolicyFollowUp` for every window `w` steps through.
@Suite struct FollowUpModelTests {
  private func expectCountsOfEveryPolicy(_ state: AppState, months: Int) {
    let view = state.model.allYearsView
    let followUps = state.analysisViews.followUps
    #expect(followUps.months == months)
    #expect(followUps.byPolicy.count == view.policies.count)
    for p in view.policies {
      let f = PolicyFollowUp(view: view, policy: p, months: months)
      #expect(followUps.byPolicy[p] == .init(after: f.after.count, amongMentioned: f.amongMentioned.count, before: f.before))
    }
  }

  @Test func overTheBudgetTheRowsGoWithoutCounts() {
    let state = AppState(dataset: embedded, measuresBudget: 10)
    #expect(!state.model.allYearsView.policies.isEmpty)
    #expect(state.analysisViews.followUps.byPolicy.isEmpty)
  }

  @Test func aBudgetForTheIndexAloneGivesNoCounts() {
    let view = AppState(dataset: embedded).model.allYearsView
    let indexOnly = (PolicyFollowUpIndex.buildWork(view) + 1) * FollowUpModel.lookCost
    #expect(AppState(dataset: embedded, measuresBudget: indexOnly).analysisViews.followUps.byPolicy.isEmpty)
    let enough = AppState(dataset: embedded, measuresBudget: indexOnly + 100_000 * FollowUpModel.lookCost)
    expectCountsOfEveryPolicy(enough, months: AnalysisViewState.defaultWindow)
  }

  @Test func everyWindowAndANewFilterCountAsThePerPolicyPass() {
    var state = AppState(dataset: embedded)
    for months in AnalysisViewState.windows.dropFirst(2) + AnalysisViewState.windows.prefix(2) {
      _ = reduce(&state, .nextFollowUpWindow)
      expectCountsOfEveryPolicy(state, months: months)
    }
    var f = state.filter
    f.aggregation = .city
    f.families = [.governance]
    state.setFilter(f)
    expectCountsOfEveryPolicy(state, months: AnalysisViewState.defaultWindow)
  }
}

import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuTUI

/// The Timeline's policy follow-up counts: every policy of the filter, by one sorted pass
/// (`PolicyFollowUpIndex`), so no longer held to the measures budget, and the same as each
/// policy's own `PolicyFollowUp` for every window `w` steps through.
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

  @Test func everyPolicyIsCountedWhateverTheMeasuresBudget() {
    let state = AppState(dataset: embedded, measuresBudget: 10)
    #expect(!state.model.allYearsView.policies.isEmpty)
    expectCountsOfEveryPolicy(state, months: AnalysisViewState.defaultWindow)
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

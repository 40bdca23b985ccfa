import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuTUI

/// The Timeline's policy follow-up counts: every policy of the filter, by one sorted pass
/// (`PolicyFollowUpIndex`), whatever the network's size, the same as each policy's
/// own `PolicyFollowUp` for every window `w` steps through.
@Suite struct FollowUpModelTests {
  private func expectCountsOfEveryPolicy(_ state: AppState, months: Int) {
    let view = state.model.allYearsView
    guard let followUps = state.analysisViews.followUps else { return #expect(Bool(false), "counts of \(months) months") }
    #expect(followUps.months == months)
    #expect(followUps.byPolicy.count == view.policies.count)
    for p in view.policies {
      let f = PolicyFollowUp(view: view, policy: p, months: months)
      #expect(followUps.byPolicy[p] == .init(after: f.after.count, amongMentioned: f.amongMentioned.count, before: f.before))
    }
  }

  @Test func theCountsAreThereWhateverTheBudget() {
    // Off the key path in the explorer, so no budget holds them back (a budget of 10 leaves
    // out the measures and the comparisons).
    var state = AppState(dataset: embedded, measuresBudget: 10)
    _ = reduce(&state, .show(.timeline))
    #expect(state.measures == nil)
    #expect(!state.model.allYearsView.policies.isEmpty)
    expectCountsOfEveryPolicy(state, months: AnalysisViewState.defaultWindow)
  }

  @Test func theCountsWaitForTheTimelineToBeShown() {
    // At 10⁶ agreements they cost a second of a core per filter: none before the Timeline is seen.
    var state = AppState(dataset: embedded)
    _ = reduce(&state, .cycleFamily)
    #expect(state.analysisViews.followUps == nil)
    var deferred = AppState(dataset: embedded, defersWork: true)
    #expect(!deferred.analysisViews.pending(deferred.model).contains(.followUps(months: 12)))
    while deferred.screen != .timeline { _ = reduce(&deferred, .nextTab) }  // reached by Tab
    #expect(deferred.analysisViews.pending(deferred.model).contains(.followUps(months: 12)))
    _ = reduce(&state, .show(.timeline))
    expectCountsOfEveryPolicy(state, months: AnalysisViewState.defaultWindow)
    _ = reduce(&state, .show(.cities))
    _ = reduce(&state, .cycleFamily)
    expectCountsOfEveryPolicy(state, months: AnalysisViewState.defaultWindow)  // from then on, for every filter
  }

  @Test func everyWindowAndANewFilterCountAsThePerPolicyPass() {
    var state = AppState(dataset: embedded)
    _ = reduce(&state, .show(.timeline))
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

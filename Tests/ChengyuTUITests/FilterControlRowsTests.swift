import ChengyuCore
import ChengyuTUI
import Testing

/// The filter panel's party-count cap, confidence and fixed-actor rows, and how the header shows them.
@Suite struct FilterControlRowsTests {
  /// The state after opening the filter panel, selecting `row` and pressing Right `times` times.
  private func adjusted(_ row: FilterRow, times: Int, step: Int = 1) -> AppState {
    var s = explorer([.show(.filters)])
    let i = s.filterRows().firstIndex(of: row)!
    _ = reduce(&s, .move(i))
    for _ in 0..<times { _ = reduce(&s, .adjust(step)) }
    return s
  }

  @Test func maxPartiesStepsThroughCapsAndNarrowsTheView() {
    let s = adjusted(.maxParties, times: 4)
    #expect(s.filter.maxParties == 10)
    #expect(s.filterLabel(.maxParties).value == "10")
    #expect(s.view.agreements.allSatisfy { embedded.agreements[$0].parties.count <= 10 })
    #expect(frame(s).lines[1].contains("max 10 parties"))
    #expect(adjusted(.maxParties, times: 1, step: -1).filter.maxParties == 20)
    var cleared = s
    _ = reduce(&cleared, .adjust(0))
    #expect(cleared.filter.maxParties == nil && cleared.filterLabel(.maxParties).value == "any")
  }

  @Test func confidenceCyclesAnyHighMedium() {
    let high = adjusted(.confidence, times: 1)
    #expect(high.filter.confidences == ["high"])
    #expect(high.view.agreements.allSatisfy { embedded.agreements[$0].provenance.confidence == "high" })
    #expect(frame(high).lines[1].contains("confidence: high"))
    #expect(adjusted(.confidence, times: 3).filter.confidences.isEmpty)
  }

  @Test func keepIsolatesMakesEveryGovernmentANode() {
    let s = adjusted(.keepIsolates, times: 1, step: 0)
    #expect(s.filter.keepIsolates && s.filterLabel(.keepIsolates).value == "on")
    #expect(s.view.graph.nodeCount == embedded.citiesInScope(s.filter).count)
    #expect(frame(s).lines[1].contains("fixed actors"))
  }
}

import ChengyuCore
import Testing

@testable import ChengyuTUI

/// A filter change sorts only the lists of the screens on the stack and of the lists seen so far;
/// another screen's list is sorted when it is first shown, and its rows are those of a state
/// that sorted everything at once.
@Suite struct LazyRowOrderTests {
  @Test func aScreenNeverShownIsSortedWhenItIsShown() {
    var s = AppState(dataset: embedded)
    _ = reduce(&s, .cycleFamily)
    #expect(s.rowOrders[.cities] != nil, "the current screen's list is sorted with the model")
    #expect(s.rowOrders[.agreements] == nil && s.rowOrders[.ties] == nil, "screens never shown are not")
    _ = reduce(&s, .show(.agreements))
    _ = reduce(&s, .sortNext)
    _ = reduce(&s, .sortNext)  // by party count
    _ = reduce(&s, .show(.ties))
    _ = reduce(&s, .cycleFamily)  // collaboration: Ties, on screen, is sorted again
    #expect(s.rowOrders[.ties] != nil && s.rowOrders[.measures] == nil)
    var fresh = AppState(dataset: embedded, filter: s.filter)
    fresh.setSort(.agreements, s.sortState(.agreements)!)
    #expect(s.tieRows() == fresh.tieRows())
    _ = reduce(&s, .show(.measures))
    #expect(s.rowOrders[.measures]?.rows == fresh.measureRows())
    _ = reduce(&s, .show(.agreements))
    #expect(s.agreementRows() == fresh.agreementRows())
    #expect(s.agreementRows() != s.view.agreements, "by party count, not the view's date order")
  }
}

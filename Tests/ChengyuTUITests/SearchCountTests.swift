import ChengyuCore
import ChengyuTUI
import Testing

/// A searched list says how much of it the search keeps ("4 of 18 agreements" in the header).
@Suite struct SearchCountTests {
  @Test func headerShowsTheRowsTheSearchKeepsOfTheWholeList() {
    let keys: [Action] = [.beginSearch, .promptInput("遂"), .promptInput("宁"), .promptCommit]
    let cities = explorer(Size(width: 120, height: 40), keys)
    #expect(cities.cityRows().count == 1)
    let all = explorer(Size(width: 120, height: 40)).cityRows().count
    #expect(frame(cities).lines[1].contains("/遂宁 (1 of \(all))"), "\(frame(cities).lines[1])")
    let agreements = explorer(Size(width: 120, height: 40), [.show(.agreements)] + keys)
    let shown = agreements.agreementRows().count
    #expect(shown > 1 && shown < embedded.agreements.count)
    #expect(frame(agreements).lines[1].contains("/遂宁 (\(shown) of \(embedded.agreements.count))"))
    // Without a search there is nothing to count.
    #expect(!frame(explorer(Size(width: 120, height: 40))).lines[1].contains(" of "))
  }
}

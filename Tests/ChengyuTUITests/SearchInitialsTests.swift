import ChengyuCore
import ChengyuTUI
import Testing

/// `/cq` finds 重庆: pinyin initials read from the data's English names.
@Suite struct SearchInitialsTests {
  private func cities(after text: String, on screen: ScreenID = .cities) -> [String] {
    var s = explorer([.show(screen), .beginSearch, .promptInput(text)])
    _ = reduce(&s, .promptCommit)
    return s.cityRows().map { s.view.city(node: $0).nameZh }
  }

  @Test func initialsFindTheCity() {
    #expect(cities(after: "cq") == ["重庆市"])
    #expect(cities(after: "CQ") == ["重庆市"])
    // A prefix of the initials: Suining (sn) and no city whose name merely contains "sn".
    #expect(cities(after: "sn").contains("遂宁市"))
    #expect(cities(after: "cd").contains("成都市"))
  }

  @Test func oneLetterIsAPlainSubstringSearch() {
    // Exactly the cities whose names, id or code contain "q", no more and no fewer. (A city whose
    // initials start with q has a name starting with Q, so one letter can never tell initials
    // from substrings: the check is that the search finds every such city and nothing else.)
    let s = explorer()
    let expected = (0..<s.view.graph.nodeCount).map { s.view.city(node: $0) }.filter { $0.matches(folded: "q") }
    #expect(expected.count >= 2)
    #expect(Set(cities(after: "q")) == Set(expected.map(\.nameZh)))
  }

  @Test func tiesAndPartnersMatchByInitialsToo() {
    var s = explorer([.show(.ties), .beginSearch, .promptInput("cq")])
    let rows = s.tieRows()
    #expect(!rows.isEmpty)
    let g = s.view.graph
    #expect(rows.allSatisfy { s.view.city(node: g.ties[$0].a).nameZh == "重庆市" || s.view.city(node: g.ties[$0].b).nameZh == "重庆市" })
    _ = reduce(&s, .promptCancel)
    #expect(s.tieRows().count == g.tieCount)
  }
}

/// `F` is the one key that clears everything narrowing the lists.
@Suite struct ClearAllTests {
  @Test func clearFiltersAlsoClearsSearchesAndKeepsTheSelection() {
    var s = explorer([.cycleFamily, .beginSearch, .promptInput("遂宁"), .promptCommit, .show(.ties), .beginSearch,
                      .promptInput("cq"), .promptCommit, .show(.cities)])
    #expect(s.cityRows().count == 1)
    let selected = s.view.city(node: s.cityRows()[0]).id
    _ = reduce(&s, .clearFilters)
    #expect(s.search.isEmpty)
    #expect(s.filter.isEmpty)
    #expect(s.status == "Filters and searches cleared")
    #expect(s.cityRows().count == explorer().cityRows().count)
    #expect(s.view.city(node: s.cityRows()[s.list(ListKey(.cities)).selected]).id == selected)
    _ = reduce(&s, .clearFilters)
    #expect(s.status == "Filters cleared")
  }
}

import ChengyuCore
import ChengyuTUI
import Testing

/// The explorer's search uses the core's rule at the filter's level: `/成都 重庆` on Agreements at
/// the city level finds the agreements behind the 成都市–重庆市 tie, and at the signed level the
/// status line says what the city level would find.
@Suite struct SearchLevelsTests {
  func searched(_ screen: ScreenID, _ text: String, city: Bool = false) -> AppState {
    explorer((city ? [.cycleAggregation] : []) + [.show(screen), .beginSearch] + text.map { .promptInput(String($0)) }
      + [.promptCommit])
  }

  /// The agreements behind the city-level tie of Chengdu and Chongqing, from the core's view.
  var cityTieAgreements: [String] {
    var f = Filter()
    f.aggregation = .city
    let view = embedded.view(f)
    let (u, v) = (view.nodeOf[cityIndex("chengdu")]!, view.nodeOf[cityIndex("chongqing")]!)
    return view.graph.ties[view.graph.tie(between: u, and: v)!].agreements.map { embedded.agreements[$0].id }
  }

  @Test func agreementsSearchAtTheCityLevelUsesRolledUpParties() {
    let s = searched(.agreements, "成都 重庆", city: true)
    #expect(s.filter.aggregation == .city)
    let ids = s.agreementRows().map { embedded.agreements[$0].id }
    #expect(!cityTieAgreements.isEmpty)
    #expect(Set(ids).isSuperset(of: cityTieAgreements))
    #expect(searched(.agreements, "chengdu cq", city: true).agreementRows() == s.agreementRows())
  }

  @Test func anEmptySignedSearchSaysWhatTheCityLevelFinds() {
    let s = searched(.agreements, "成都 重庆")
    #expect(s.agreementRows().isEmpty)
    let n = SearchHint.agreementsAtCityLevel("成都 重庆", filter: Filter(), in: embedded)
    #expect(n > 0)
    #expect(s.status == "Nothing at the signed level; \(n) agreements at the city level (a: aggregation)")
    let ties = searched(.ties, "成都 重庆")
    #expect(ties.tieRows().isEmpty)
    #expect(ties.status == "Nothing at the signed level; 1 tie at the city level (a: aggregation)")
    // A search that finds something says nothing.
    #expect(searched(.agreements, "成都").status == nil)
  }
}

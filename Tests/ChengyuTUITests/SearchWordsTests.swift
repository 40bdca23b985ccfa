import ChengyuCore
import ChengyuTUI
import Testing

/// A search of several words keeps the rows that match every word, so "遂宁 潼南" answers
/// "what did Suining sign with Tongnan" on the Agreements list and finds their tie on Ties.
@Suite struct SearchWordsTests {
  func searched(_ screen: ScreenID, _ text: String) -> AppState {
    explorer([.show(screen), .beginSearch] + text.map { .promptInput(String($0)) } + [.promptCommit])
  }

  @Test func agreementsMatchEveryWordInTitlesOrParties() {
    let s = searched(.agreements, "遂宁 潼南")
    let ids = s.agreementRows().map { embedded.agreements[$0].id }
    // Exactly the agreements that both signed, as `chengyu show` lists for the tie.
    let suining = cityIndex("suining"), tongnan = cityIndex("tongnan")
    let both = embedded.agreements.filter { $0.parties.contains(suining) && $0.parties.contains(tongnan) }.map(\.id)
    #expect(ids.sorted() == both.sorted())
    #expect(ids.count == 7)
    #expect(ids.contains("A020") && !ids.contains("C005"))  // C005 has Tongnan, not Suining
  }

  @Test func tiesMatchEachWordOnEitherEnd() {
    let s = searched(.ties, "suining tongnan")
    #expect(s.tieRows().count == 1)
    let line = frame(s).lines[3]
    #expect(line.hasPrefix("遂宁市") && line.contains("潼南区") && line.contains(" 7 C7"))
    // Each word is underlined where it shows.
    let f = frame(s)
    let underlined = (0..<80).filter { f[x: $0, y: 3].style.underline }
    #expect(underlined.count == "Suining".count + "Tongnan".count)
  }

  @Test func oneWordStillMatchesAsBeforeAndExtraSpacesAreIgnored() {
    #expect(searched(.ties, "suining").tieRows().count == 31)
    #expect(searched(.ties, " suining  tongnan ").tieRows().count == 1)
    #expect(searched(.policies, "成渝 规划").policyRows().allSatisfy {
      let p = embedded.policies[$0]
      return p.titleZh.contains("成渝") && p.titleZh.contains("规划")
    })
    #expect(!searched(.policies, "成渝 规划").policyRows().isEmpty)
  }

  @Test func recordsMatchByDate() {
    // "Every policy milestone of 2016": the same six as `chengyu list policies --years 2016`.
    let ids = searched(.policies, "2016").policyRows().map { embedded.policies[$0].id }
    #expect(ids == ["P022", "P023", "P024", "P025", "P027", "P028"])
    // A month and a city: what Suining signed in March 2020.
    let march = searched(.agreements, "2020-03 遂宁").agreementRows().map { embedded.agreements[$0].id }
    #expect(march == ["C025", "C026", "C027", "C028"])
  }
}

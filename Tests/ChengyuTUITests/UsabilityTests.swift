import ChengyuCore
import ChengyuTUI
import Testing

/// Frictions found by using the explorer for real research tasks, each pinned by a test: keys
/// that do what the hint bar says, prompts and messages that stay readable at 80 columns.
@Suite struct UsabilityTests {
  /// The last line of the screen.
  func hintLine(_ s: AppState) -> String { frame(s).lines[s.size.height - 1] }

  /// 遂宁's city screen, reached the way a user does: search, keep, open.
  func suining(_ size: Size = Size(width: 80, height: 24)) -> AppState {
    explorer(size, [.beginSearch] + "遂宁".map { .promptInput(String($0)) } + [.promptCommit, .open])
  }

  @Test func pOpensTheSelectedPartnersCityAndEscComesBack() {
    var s = suining()
    #expect(s.screen == .city(cityIndex("suining")))
    _ = reduce(&s, .run("open-partner"))  // the heaviest partner: 潼南区, weight 7
    #expect(s.screen == .city(cityIndex("tongnan")))
    #expect(frame(s).lines[2].hasPrefix(" 潼南区"))
    _ = reduce(&s, .back)
    #expect(s.screen == .city(cityIndex("suining")))
    _ = reduce(&s, .open)  // Enter still opens the tie
    #expect(s.screen == .tie(cityIndex("suining"), cityIndex("tongnan")) || s.screen == .tie(cityIndex("tongnan"), cityIndex("suining")))
  }

  @Test func pOnTheAgreementsPaneSaysWhereItWorks() {
    var s = suining()
    _ = reduce(&s, .focusPane(1))
    _ = reduce(&s, .openPartner)
    #expect(s.screen == .city(cityIndex("suining")))
    #expect(hintLine(s).contains("go to the partners list first (Left)"))
  }

  @Test func hintBarLabelsEnterForWhatItDoesOnEachScreen() {
    #expect(hintLine(explorer([.show(.timeline)])).contains("Enter year only"))
    #expect(!hintLine(explorer([.show(.policies), .open])).contains("Enter"))
    #expect(!hintLine(explorer([.show(.agreements), .open])).contains("Enter"))
    #expect(!hintLine(explorer([.show(.filters)])).contains("Enter"))
    #expect(hintLine(explorer([.show(.help), .move(1)])).contains("Enter run"))
    #expect(hintLine(explorer([.show(.ties)])).contains("Enter open"))
  }

  @Test func cityHintOffersThePaneItIsNotOn() {
    var s = suining()
    let partners = hintLine(s)
    #expect(partners.contains("Right agreements"))
    #expect(partners.contains("p partner"))
    #expect(partners.contains("Enter tie"))
    _ = reduce(&s, .focusPane(1))
    let agreements = hintLine(s)
    #expect(agreements.contains("Left partners"))
    #expect(!agreements.contains("Right agreements"))
    #expect(!agreements.contains("p partner"))
    #expect(agreements.contains("Enter open"))
  }

  @Test func overwriteQuestionKeepsItsStartAndTheWholeDefaultName() {
    let name = "chengyu-governance-2011-2020.gexf"
    let ask: [Action] = [.beginExport, .exportFinished(.exists(.gexf, output: name, existing: name))]
    #expect(hintLine(explorer(Size(width: 80, height: 24), ask)).hasPrefix("Overwrite \(name)? (y/n)"))
    // Too narrow for the whole name: the words stay, the path loses its start, not its end.
    let narrow = hintLine(explorer(Size(width: 60, height: 16), ask))
    #expect(narrow.hasPrefix("Overwrite …"))
    #expect(narrow.contains("2020.gexf? (y/n)"))
    #expect(narrow.hasSuffix("y overwrite  n keep"))
  }

  @Test func aSearchThatMatchesNothingIsNamedNotBlamedOnTheFilter() {
    let s = explorer([.show(.policies), .beginSearch] + "2099".map { .promptInput(String($0)) } + [.promptCommit])
    #expect(s.policyRows().isEmpty)
    #expect(frame(s).lines[3].contains("Nothing matches /2099 (Esc clears the search)"))
    // Without a search, an empty list is the filter's doing (no governance agreement in 2014).
    let filtered = explorer([.cycleFamily, .setYears(2014...2014), .show(.ties)])
    #expect(filtered.tieRows().isEmpty)
    #expect(frame(filtered).lines[3].contains("Nothing matches the filter"))
  }

  @Test func cityAndTieTitlesKeepTheirCountsAt80Columns() {
    var s = suining()
    _ = reduce(&s, .openPartner)
    #expect(frame(s).lines[2].contains("agreements 8"))
    let tie = frame(explorer([.show(.ties), .open])).lines[2]
    #expect(tie.contains("weight 50 · G16 C34"))
    // Wide enough: the English names stay.
    let wide = frame(explorer(Size(width: 120, height: 40), [.show(.ties), .open])).lines[2]
    #expect(wide.contains("Chongqing Municipality – Sichuan Province · weight 50 · G16 C34"))
  }

  @Test func headerKeepsEveryActiveFilterVisibleAt80And60Columns() {
    let keys: [Action] = [.cycleFamily, .toggleCrossBorder, .cycleAggregation, .toggleInRegion, .setYears(2016...2020),
                          .beginSearch, .promptInput("c"), .promptInput("q"), .promptCommit]
    for size in [Size(width: 80, height: 24), Size(width: 60, height: 16)] {
      let header = frame(explorer(size, keys)).lines[1]
      for part in ["G", "2016–2020", "in-region", "cross-border", "by city", "/cq"] {
        #expect(header.contains(part), "\(part) missing from the \(size.width)-column header: \(header)")
      }
      #expect(!header.contains("…"))
    }
    // At 80 columns the counts keep their words; a wide terminal keeps the long filter words.
    let s = explorer(Size(width: 80, height: 24), keys)
    let g = s.view.graph
    let counts = "\(g.nodeCount) nodes \(g.tieCount) ties \(s.view.agreements.count) agreements "
    #expect(frame(s).lines[1].hasSuffix(counts), "\(frame(s).lines[1])")
    #expect(frame(explorer(Size(width: 120, height: 40), keys)).lines[1]
      .contains("Filter: governance (G) · 2016–2020 · in-region · cross-border · by city · /cq"))
  }

  @Test func exportPanelSaysASearchDoesNotNarrowTheExport() {
    let searched = explorer([.beginSearch, .promptInput("遂"), .promptInput("宁"), .promptCommit, .beginExport])
    #expect(searched.cityRows().count == 1)
    let text = frame(searched).lines.joined(separator: "\n")
    #expect(text.contains("Export the network shown: 129 nodes, 936 ties"))
    #expect(text.contains("The search /遂宁 narrows the list only; the export has all the filter keeps"))
    // Without a search there is nothing to warn about.
    #expect(!frame(explorer([.beginExport])).lines.joined().contains("narrows the list only"))
  }

  @Test func wideAgreementTablesShowWholeMechanismNames() {
    let wide = frame(explorer(Size(width: 160, height: 45), [.show(.agreements)])).lines
    let a004 = wide.first { $0.contains(" A004 ") } ?? ""
    #expect(a004.contains("Declaration or memorandum "))
    // At 100–129 columns the column stays narrow and the title keeps the room.
    let narrow = frame(explorer(Size(width: 100, height: 30), [.show(.agreements)])).lines
    #expect((narrow.first { $0.contains(" A004 ") } ?? "").contains("Declaration or me…"))
  }
}

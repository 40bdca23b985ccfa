import ChengyuCore
import ChengyuTUI
import Testing

/// Actions in, state out: navigation, filtering, search, resize and the timeline window.
@Suite struct ReducerTests {
  /// Agreements of a family with at least two distinct parties (each yields a tie).
  func agreementsWithTies(_ family: MechanismFamily?) -> Int {
    embedded.agreements.filter { (family == nil || $0.family == family) && Set($0.parties).count >= 2 }.count
  }

  func selectedCity(_ s: AppState) -> City {
    s.view.city(node: s.cityRows()[s.list(ListKey(.cities)).selected])
  }

  @Test func opensOnCitiesAndNavigatesIntoAndBack() {
    var s = explorer()
    #expect(s.screen == .cities)
    _ = reduce(&s, .move(2))
    let city = selectedCity(s)
    _ = reduce(&s, .open)
    #expect(s.screen == .city(embedded.cityIndex[city.id]!))
    #expect(s.stack.count == 2)
    _ = reduce(&s, .open)  // the heaviest partner's tie
    guard case .tie(let a, let b) = s.screen else { Issue.record("expected a tie, got \(s.screen)"); return }
    #expect([a, b].contains(embedded.cityIndex[city.id]!))
    _ = reduce(&s, .back)
    _ = reduce(&s, .back)
    #expect(s.screen == .cities)
    #expect(s.list(ListKey(.cities)).selected == 2)
  }

  @Test func tabCyclesTopLevelScreensAndResetsTheStack() {
    var s = explorer([.open])
    _ = reduce(&s, .nextTab)
    #expect(s.stack == [.ties])
    _ = reduce(&s, .previousTab)
    _ = reduce(&s, .previousTab)
    #expect(s.stack == [.help])
    _ = reduce(&s, .show(.timeline))
    #expect(s.stack == [.timeline])
  }

  @Test func enterOnHelpReachedByTabRunsTheCommandWithoutEmptyingTheStack() {
    var s = explorer([.previousTab])
    #expect(s.stack == [.help])
    let row = s.helpRows().firstIndex { $0.commandID == "filter-family" }!
    _ = reduce(&s, .move(row))
    _ = reduce(&s, .open)
    #expect(s.stack == [.cities])
    #expect(s.filter.families == [.governance])
  }

  @Test func helpIsPushedSoBackReturns() {
    var s = explorer([.show(.agreements), .open])
    let record = s.screen
    _ = reduce(&s, .show(.help))
    _ = reduce(&s, .back)
    #expect(s.screen == record)
  }

  @Test func familyCyclingChangesCountsAndHeader() {
    var s = explorer()
    #expect(s.view.agreements.count == agreementsWithTies(nil))
    _ = reduce(&s, .cycleFamily)
    #expect(s.filter.families == [.governance])
    #expect(s.view.agreements.count == agreementsWithTies(.governance))
    #expect(frame(s).lines[1].contains("governance (G)"))
    #expect(frame(s).lines[1].contains("\(agreementsWithTies(.governance)) agreements"))
    _ = reduce(&s, .cycleFamily)
    #expect(s.view.agreements.count == agreementsWithTies(.collaboration))
    #expect(s.cityRows().count < explorer().cityRows().count)
    _ = reduce(&s, .cycleFamily)
    #expect(s.filter.families.isEmpty)
    #expect(s.view.agreements.count == agreementsWithTies(nil))
  }

  @Test func filterChangeKeepsTheSelectedCity() {
    var s = explorer()
    let chengdu = s.cityRows().firstIndex { s.view.city(node: $0).id == CityID("chengdu") }!
    _ = reduce(&s, .move(chengdu))
    _ = reduce(&s, .cycleFamily)
    #expect(selectedCity(s).id == CityID("chengdu"))
  }

  @Test(arguments: ["遂宁", "suining", "SUINING", "Suining"])
  func searchNarrowsTheCityList(_ text: String) {
    var s = explorer([.move(5), .beginSearch])
    for c in text { _ = reduce(&s, .promptInput(String(c))) }
    let names = s.cityRows().map { s.view.city(node: $0).nameZh }
    #expect(names.contains("遂宁市"))
    #expect(names.allSatisfy { $0.contains("遂宁") })
    #expect(s.list(ListKey(.cities)).selected == 0)
    _ = reduce(&s, .promptCommit)
    #expect(s.prompt == nil)
    #expect(s.search[.cities] == text)
    _ = reduce(&s, .back)  // first Esc clears the search
    #expect(s.search[.cities] == nil)
    #expect(s.cityRows().count == explorer().cityRows().count)
  }

  @Test func searchNeedsAList() {
    let s = explorer([.show(.timeline), .beginSearch])
    #expect(s.prompt == nil)
    #expect(s.status == "No list to search here")
  }

  @Test func searchCancelRestoresThePreviousSearch() {
    var s = explorer([.beginSearch, .promptInput("成"), .promptCommit, .beginSearch, .promptInput("都")])
    #expect(s.search[.cities] == "成都")
    _ = reduce(&s, .promptCancel)
    #expect(s.search[.cities] == "成")
  }

  @Test func resizeReclampsSelectionAndScroll() {
    var s = explorer(Size(width: 80, height: 24), [.bottom])
    let count = s.cityRows().count
    var list = s.list(ListKey(.cities))
    #expect(list.selected == count - 1)
    #expect(list.offset == count - s.viewport(ListKey(.cities)))
    _ = reduce(&s, .resize(Size(width: 100, height: 50)))
    list = s.list(ListKey(.cities))
    let viewport = s.viewport(ListKey(.cities))
    #expect(viewport == 50 - 4)
    #expect(list.selected == count - 1)
    #expect(list.offset == max(0, count - viewport))
    _ = reduce(&s, .resize(Size(width: 80, height: 16)))
    list = s.list(ListKey(.cities))
    #expect((list.offset..<list.offset + s.viewport(ListKey(.cities))).contains(list.selected))
  }

  @Test func tooSmallIgnoresEverythingButQuitAndResize() {
    var s = explorer(Size(width: 20, height: 8))
    #expect(s.isTooSmall)
    _ = reduce(&s, .move(3))
    _ = reduce(&s, .show(.ties))
    #expect(s.screen == .cities)
    #expect(s.list(ListKey(.cities)).selected == 0)
    #expect(frame(s).lines.joined().contains("Terminal too small"))
    _ = reduce(&s, .resize(Size(width: 60, height: 16)))
    #expect(!s.isTooSmall)
    #expect(reduce(&s, .quit) == [.quit])
  }

  @Test func timelineWindowRestrictsEveryList() {
    var s = explorer([.show(.timeline)])
    let years = s.timelineRows().map(\.year)
    _ = reduce(&s, .move(years.firstIndex(of: 2016)!))
    _ = reduce(&s, .windowStart)
    _ = reduce(&s, .move(1))
    _ = reduce(&s, .windowEnd)
    #expect(s.filter.years == 2016...2017)
    #expect(s.timelineRows().map(\.year) == years)  // the timeline itself still shows every year
    let inWindow = embedded.agreements.filter { (2016...2017).contains($0.date.year) && Set($0.parties).count >= 2 }.count
    #expect(s.agreementRows().count == inWindow)
    #expect(s.policyRows().allSatisfy { (2016...2017).contains(embedded.policies[$0].date.year) })
    _ = reduce(&s, .open)  // Enter: that year alone
    #expect(s.filter.years == 2017...2017)
    #expect(s.agreementRows().allSatisfy { embedded.agreements[$0].date.year == 2017 })
    _ = reduce(&s, .setYears(nil))
    #expect(s.agreementRows().count == explorer().agreementRows().count)
  }

  @Test func timelineOpensTheMonthsOfAYearAndComesBack() {
    var s = explorer([.show(.timeline)])
    let years = s.timelineRows()
    let i = years.firstIndex { $0.year == 2020 }!
    _ = reduce(&s, .move(i))
    _ = reduce(&s, .toggleMonths)
    let months = s.timelineRows()
    #expect(months.count == 13)
    #expect(months.allSatisfy { $0.year == 2020 })
    #expect(months.map(\.agreements).reduce(0, +) == years[i].agreements)
    #expect(months.map(\.governance).reduce(0, +) == years[i].governance)
    _ = reduce(&s, .move(3))
    _ = reduce(&s, .open)  // a month restricts to its year
    #expect(s.filter.years == 2020...2020)
    _ = reduce(&s, .back)
    #expect(s.timelineMonths == nil)
    #expect(s.screen == .timeline)
    #expect(s.timelineRows()[s.list(ListKey(.timeline)).selected].year == 2020)
  }

  @Test func filterPanelTogglesAndSteps() {
    var s = explorer([.show(.filters)])
    let rows = s.filterRows()
    _ = reduce(&s, .move(rows.firstIndex(of: .crossBorder)!))
    _ = reduce(&s, .open)
    #expect(s.filter.crossBorderOnly)
    #expect(s.view.agreements.count < explorer().view.agreements.count)
    _ = reduce(&s, .top)
    _ = reduce(&s, .adjust(1))
    #expect(s.filter.families == [.governance])
    _ = reduce(&s, .clearFilters)
    #expect(s.filter.isEmpty)
    _ = reduce(&s, .back)
    #expect(s.screen == .cities)
  }

  @Test func paletteRunsACommandByName() {
    var s = explorer([.beginCommand])
    for c in "show-timeline" { _ = reduce(&s, .promptInput(String(c))) }
    _ = reduce(&s, .promptCommit)
    #expect(s.screen == .timeline)
    _ = reduce(&s, .beginCommand)
    _ = reduce(&s, .promptInput("no-such-thing"))
    _ = reduce(&s, .promptCommit)
    #expect(s.status == "No command matches 'no-such-thing'")
    _ = reduce(&s, .beginCommand)
    _ = reduce(&s, .promptInput("show-"))
    _ = reduce(&s, .promptChoice(1))
    _ = reduce(&s, .promptChoice(1))
    _ = reduce(&s, .promptChoice(-1))
    let second = s.paletteMatches("show-")[1].id
    _ = reduce(&s, .promptCommit)
    #expect(CommandRegistry.command(second)?.action == .show(s.screen))
    _ = reduce(&s, .show(.timeline))
    _ = reduce(&s, .run("sort-next"))
    #expect(s.status?.contains("works only on") == true)
  }

  @Test func sortingCyclesKeysAndReverses() {
    var s = explorer()
    #expect(s.sortState(.cities) == SortState(key: .dataset))
    let cities = s.cityRows().map { s.view.graph.nodes[$0] }
    #expect(cities == cities.sorted())
    #expect(Array(cities.prefix(3).map { embedded.cities[$0].nameZh }) == ["四川省", "重庆市", "成都市"])
    _ = reduce(&s, .sortNext)
    _ = reduce(&s, .sortNext)
    #expect(s.sortState(.cities) == SortState(key: .ties))
    let degrees = s.cityRows().map { s.degrees[$0] }
    #expect(degrees == degrees.sorted(by: >))
    _ = reduce(&s, .sortReverse)
    #expect(s.cityRows().map { s.degrees[$0] } == degrees.sorted())
  }

  @Test func cityScreenFocusesEitherList() {
    let chengdu = cityIndex("chengdu")
    var s = explorer([.show(.city(chengdu)), .focusPane(1), .move(1)])
    #expect(s.list(ListKey(.city(chengdu), pane: 1)).selected == 1)
    #expect(s.list(ListKey(.city(chengdu), pane: 0)).selected == 0)
    let agreement = s.cityAgreementRows(city: chengdu)[1]
    _ = reduce(&s, .open)
    #expect(s.screen == .agreement(agreement))
    #expect(embedded.agreements[agreement].parties.contains(chengdu))
  }
}

extension ReducerTests {
  @Test func tieOrderMatchesTheCoreView() {
    for actions: [Action] in [[], [.cycleFamily], [.cycleAggregation], [.setYears(2016...2018)]] {
      let s = explorer(actions)
      #expect(s.tiesByWeight == s.view.tiesByWeight())
    }
  }
}

extension ReducerTests {
  @Test func measuresOverTheBudgetWaitForTheCommand() {
    var s = AppState(dataset: embedded, measuresBudget: 10)
    #expect(s.measures == nil)
    let row = frame(s).lines[3]
    #expect(row.hasSuffix("–"))
    _ = reduce(&s, .show(.measures))
    // Drawing does not compute them either: the screen says how to.
    let text = frame(s).lines.joined(separator: "\n")
    #expect(text.contains(":compute-measures"))
    #expect(text.contains("Average clustering –   Transitivity –   Diameter –"))
    #expect(s.measures == nil)
    _ = reduce(&s, .run("compute-measures"))
    #expect(s.status == "Measures computed for 129 nodes")
    #expect(s.measures?.betweenness == explorer().measures?.betweenness)
    #expect(s.measures?.closeness.count == s.view.graph.nodeCount)
    #expect(!frame(s).lines.joined().contains(":compute-measures"))
    _ = reduce(&s, .setYears(nil))  // no year range already: the filter is unchanged, so is the cache
    #expect(s.measures != nil)
    _ = reduce(&s, .cycleFamily)  // a new filter over the budget: not computed again
    #expect(s.measures == nil)
    _ = reduce(&s, .run("compute-betweenness"))  // the former name still works
    #expect(s.measures?.degree == s.degrees)
  }
}

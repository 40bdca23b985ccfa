import ChengyuCore
import ChengyuTUI
import Testing

/// The analysis views of issue 9 in the explorer: a city's ego network, the follow-up of a policy
/// on the Timeline, the Layers screen's per-city degrees and search, custom periods on Compare and
/// the map's community marks — each against what the core computes.
@Suite struct AnalysisViewsTests {
  private let big = Size(width: 120, height: 40)
  private func text(_ state: AppState) -> String { frame(state).lines.joined(separator: "\n") }
  private func f4(_ x: Double?) -> String { x.map { NumberFormat.fixed($0, digits: 4) } ?? "-" }

  // MARK: ego network

  @Test func theEgoScreenShowsTheCoresEgoNetworkAndOpensAlters() throws {
    let view = embedded.view()
    let node = try #require(view.nodeOf[cityIndex("chengdu")])
    let ego = view.graph.egoNetwork(node)
    var s = explorer(big, [.show(.city(cityIndex("chengdu"))), .openEgo])
    #expect(s.screen == .ego(cityIndex("chengdu")))
    let shown = text(s)
    #expect(shown.contains("\(ego.size) alters · \(ego.ties) ties among them of \(ego.pairs) pairs"))
    #expect(shown.contains("Density \(f4(ego.density)) · brokerage \(ego.brokerage) unconnected pairs of alters (\(f4(ego.normalizedBrokerage)) of pairs)"))
    #expect(shown.contains("Alters (\(ego.size))") && shown.contains("Ties among the alters (\(ego.ties))"))
    // The first alter is the heaviest partner; Enter opens its city, `o` its own ego network.
    let heaviest = view.ties(of: node)[0]
    #expect(frame(s).lines.contains { $0.contains(view.city(node: heaviest.partner).nameZh) })
    var opened = s
    _ = reduce(&opened, .open)
    #expect(opened.screen == .city(view.graph.nodes[heaviest.partner]))
    _ = reduce(&s, .openEgo)
    #expect(s.screen == .ego(view.graph.nodes[heaviest.partner]))
  }

  @Test func theHeaviestTieAmongTheAltersOpensTheTie() throws {
    let view = embedded.view()
    let node = try #require(view.nodeOf[cityIndex("chengdu")])
    let among = view.graph.egoNetwork(node).alterTies.map { view.graph.ties[$0] }
    let top = try #require(among.max { ($0.weight, $1.a, $1.b) < ($1.weight, $0.a, $0.b) })
    var s = explorer(big, [.show(.city(cityIndex("chengdu"))), .openEgo, .focusPane(1)])
    _ = reduce(&s, .open)
    let (a, b) = (view.graph.nodes[top.a], view.graph.nodes[top.b])
    #expect(s.screen == .tie(min(a, b), max(a, b)))
  }

  @Test func theEgoNetworkOpensFromThePaletteAndFollowsTheFilter() throws {
    // From the Cities list: the selected row's city.
    var s = explorer(big, [.move(3)])
    let selected = s.view.graph.nodes[s.cityRows()[3]]
    _ = reduce(&s, .run("ego-network"))
    #expect(s.screen == .ego(selected))
    // A filter change rebuilds it: governance only.
    _ = reduce(&s, .cycleFamily)
    let view = s.view
    let shown = text(s)
    if let node = view.nodeOf[selected] {
      let ego = view.graph.egoNetwork(node)
      #expect(shown.contains("\(ego.size) alters · \(ego.ties) ties among them"))
    } else {
      #expect(shown.contains("No tie under this filter"))
    }
    // Where no city is selected, it says so.
    var t = explorer(big, [.show(.ties)])
    _ = reduce(&t, .run("ego-network"))
    #expect(t.screen == .ties && t.status?.contains("works only on") == true)
  }

  @Test func searchNarrowsTheAltersAndTheirTies() throws {
    let view = embedded.view()
    let node = try #require(view.nodeOf[cityIndex("chengdu")])
    let partner = view.graph.nodes[view.ties(of: node)[0].partner]
    let word = embedded.cities[partner].nameZh
    var s = explorer(big, [.show(.city(cityIndex("chengdu"))), .openEgo, .beginSearch])
    for c in word { _ = reduce(&s, .promptInput(String(c))) }
    _ = reduce(&s, .promptCommit)
    let folded = TextMatch.fold(word)
    let ego = view.graph.egoNetwork(node)
    let alters = ego.alters.filter { embedded.cityMatches(view.graph.nodes[$0], folded: folded) }.count
    let ties = ego.alterTies.filter { t in
      [view.graph.ties[t].a, view.graph.ties[t].b].contains { embedded.cityMatches(view.graph.nodes[$0], folded: folded) }
    }.count
    #expect(alters >= 1 && alters < ego.size)
    #expect(s.rowCount(ListKey(s.screen)) == alters)
    #expect(s.rowCount(ListKey(s.screen, pane: 1)) == ties)
  }

  // MARK: policy follow-up on the Timeline

  @Test func aPolicysRowOnTheTimelineCountsWhatFollowedIt() throws {
    var s = explorer(big, [.show(.timeline), .move(5)])  // 2016
    let year = s.timelineRows()[5].year
    let policies = try #require(s.model.allYearsView.policies.filter { embedded.policies[$0].date.year == year }.first)
    let f = PolicyFollowUp(view: s.model.allYearsView, policy: policies, months: 12)
    let row = try #require(frame(s).lines.first { $0.contains(embedded.policies[policies].id + " ") })
    #expect(row.contains("\(f.after.count) after (\(f.amongMentioned.count) among named) · \(f.before) before"))
    #expect(text(s).contains("agreements in the 12 months after and before"))
    // Right moves into the policies; Enter opens the record, whose window is the same.
    _ = reduce(&s, .timelinePolicies(true))
    #expect(s.focusedPane == 2)
    _ = reduce(&s, .nextFollowUpWindow)
    #expect(s.status == "Follow-up window: 24 months (Timeline and policy records)")
    let f24 = PolicyFollowUp(view: s.model.allYearsView, policy: policies, months: 24)
    #expect(frame(s).lines.contains { $0.contains("\(f24.after.count) after (\(f24.amongMentioned.count) among named) · \(f24.before) before") })
    _ = reduce(&s, .open)
    #expect(s.screen == .policy(policies))
    #expect(text(s).contains("in the 24 months after"))
    _ = reduce(&s, .back)
    _ = reduce(&s, .timelinePolicies(false))
    #expect(s.focusedPane == 0)
  }

  @Test func theTimelinesFollowUpSetsTheYearWindowAside() throws {
    let s = explorer(big, [.show(.timeline), .move(5), .open])  // Enter: 2016 alone
    #expect(s.filter.years == 2016...2016)
    let p = try #require(s.timelinePolicies().first)
    let all = PolicyFollowUp(view: s.model.allYearsView, policy: p, months: 12)
    let yearOnly = PolicyFollowUp(view: s.view, policy: p, months: 12)
    #expect(all.after.count != yearOnly.after.count)  // else the test shows nothing
    #expect(frame(s).lines.contains { $0.contains(embedded.policies[p].id) && $0.contains("\(all.after.count) after") })
  }

  // MARK: Layers: degrees side by side, search

  @Test func layersListEveryCitysDegreeInEachLayerSorted() throws {
    let c = try #require(explorer(big, []).model.analysis.layers)
    var s = explorer(big, [.show(.of(.layers)), .focusPane(1)])
    let key = ListKey(.of(.layers), pane: 1)
    #expect(s.rowCount(key) == c.cities.count)
    // Sorted by governance degree first: Enter on the first row opens a city of the largest.
    var first = s
    _ = reduce(&first, .open)
    guard case .city(let top) = first.screen, let t = c.cities.firstIndex(of: top) else { Issue.record("no city opened"); return }
    #expect(c.degrees[t].first == c.degrees.map(\.first).max())
    // Sorted by collaboration degree: the first row has the largest.
    _ = reduce(&s, .sortNext)
    #expect(s.sortState(.layers)?.key == .collaborationDegree)
    _ = reduce(&s, .open)
    guard case .city(let opened) = s.screen else { Issue.record("Enter did not open a city"); return }
    let i = try #require(c.cities.firstIndex(of: opened))
    #expect(c.degrees[i].second == c.degrees.map(\.second).max())
  }

  @Test func searchOnLayersNarrowsBothLists() throws {
    let c = try #require(explorer(big, []).model.analysis.layers)
    var s = explorer(big, [.show(.of(.layers)), .beginSearch])
    for ch in "成都" { _ = reduce(&s, .promptInput(String(ch))) }
    _ = reduce(&s, .promptCommit)
    let chengdu = cityIndex("chengdu")
    let expected = (c.both + c.onlyFirst + c.onlySecond).filter { $0.a == chengdu || $0.b == chengdu }.count
    #expect(s.rowCount(ListKey(.of(.layers))) == expected)
    #expect(s.rowCount(ListKey(.of(.layers), pane: 1)) == 1)
    #expect(text(s).contains("(search: \(expected) of \(c.both.count + c.onlyFirst.count + c.onlySecond.count))"))
  }

  // MARK: Compare: custom periods

  @Test func comparePeriodsTypedInThePrompt() throws {
    let ranges = [2011...2013, 2014...2016, 2017...2020]
    var s = explorer(big, [.show(.of(.compare)), .beginPeriods])
    #expect(s.prompt?.text == "2011-2015,2016-2019,2020")
    _ = reduce(&s, .promptClear)
    for ch in "2011-2013, 2014-2016, 2017-2020" { _ = reduce(&s, .promptInput(String(ch))) }
    _ = reduce(&s, .promptCommit)
    #expect(s.status == "Comparing 2011-2013,2014-2016,2017-2020")
    let p = PeriodComparison(dataset: embedded, filter: Filter(), periods: ranges)
    let lines = frame(s).lines
    #expect(lines.contains { $0.contains("2011–2013") && $0.contains("2014–2016") && $0.contains("2017–2020") })
    let union = try #require(lines.first { $0.contains("Density over \(p.unionNodes)") })
    for period in p.periods { #expect(union.contains(NumberFormat.fixed(p.unionDensity(period), digits: 4))) }
    #expect(text(s).contains("from period to period"))
    // The first change row is the first tie gained in 2014–2016.
    _ = reduce(&s, .open)
    let first = p.changes[0].appeared[0]
    let (a, b) = (cityIndex(first.a), cityIndex(first.b))
    #expect(s.screen == .tie(min(a, b), max(a, b)))
  }

  @Test func badPeriodsAreRefusedWithAPreciseMessage() {
    let cases: [(String, String)] = [
      ("2011-2013", "Periods: give two or more year ranges separated by commas, e.g. 2011-2013,2014-2016,2017-2020, or stages (got 1)"),
      ("2011-2013,20x6", "Periods: '20x6' is not a year range; write YYYY or YYYY-YYYY, e.g. 2014-2016"),
      ("2016-2011,2017", "Periods: in '2016-2011' the first year is after the last"),
      ("2011,2012,2013,2014,2015,2016,2017,2018,2019", "Periods: at most 8 can stand side by side (got 9)"),
      ("", "Periods: give two or more year ranges separated by commas, e.g. 2011-2013,2014-2016,2017-2020, or stages (got 0)"),
    ]
    for (typed, message) in cases {
      var s = explorer(big, [.show(.of(.compare)), .beginPeriods, .promptClear])
      for ch in typed { _ = reduce(&s, .promptInput(String(ch))) }
      _ = reduce(&s, .promptCommit)
      #expect(s.status == message, "\(typed)")
      #expect(s.analysisViews.periods == PeriodComparison.nationalStages)
    }
    // From the palette, the ranges after the command's name; `stages` goes back.
    var s = explorer(big, [.show(.of(.compare)), .beginCommand])
    for ch in "compare-periods 2011-2012,2013-2014" { _ = reduce(&s, .promptInput(String(ch))) }
    _ = reduce(&s, .promptCommit)
    #expect(s.analysisViews.periods == [2011...2012, 2013...2014])
    _ = reduce(&s, .beginCommand)
    for ch in "compare-periods stages" { _ = reduce(&s, .promptInput(String(ch))) }
    _ = reduce(&s, .promptCommit)
    #expect(s.analysisViews.periods == PeriodComparison.nationalStages)
    #expect(text(s).contains("from stage to stage"))
  }

  // MARK: communities on the map

  @Test func theMapMarksCitiesByCommunityAndSaysSoInTheLegend() throws {
    let communities = try #require(MatrixOrder.partition(of: embedded.view()))
    var s = explorer(big, [.show(.of(.map))])
    let before = text(s)
    _ = reduce(&s, .toggleCommunities)
    let q = NumberFormat.fixed(communities.modularity!, digits: 4)
    #expect(s.status == "Cities marked by Louvain community (\(communities.count), modularity \(q))")
    let legend = frame(s).lines[38]
    #expect(legend.contains("\(communities.count) communities, Q \(NumberFormat.fixed(communities.modularity!, digits: 3))"))
    #expect(!before.contains("communities, Q"))
    // The legend names each marked community by its most central city.
    let map = s.model.pictures.map
    let head = try #require(map.nodes.indices.filter { communities.label[$0] == 1 }.min { map.nodes[$0].rank < map.nodes[$1].rank })
    #expect(legend.contains("● \(map.nodes[head].label)"))
    _ = reduce(&s, .toggleCommunities)
    #expect(s.status == "Cities marked by province" && !text(s).contains("communities, Q"))
  }

  @Test func inChineseAndASCIITheCommunityLegendKeepsItsMarks() throws {
    var zh = explorer(big, language: .zh, [.show(.of(.map)), .toggleCommunities])
    #expect(frame(zh).lines[38].contains("个社群，模块度"))
    _ = reduce(&zh, .toggleASCII)
    let ascii = frame(zh).lines[38]
    #expect(ascii.contains("communities, Q") && ascii.hasPrefix("o") && ascii.unicodeScalars.allSatisfy(\.isASCII))
  }
}

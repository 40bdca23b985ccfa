import ChengyuCore
import ChengyuTUI
import Testing

/// The Layers and Compare screens show what `chengyu compare` computes, open the tie of a row,
/// and say so when the network is over the explorer's budget.
@Suite struct AnalysisScreensTests {
  private func text(_ state: AppState) -> String { frame(state).lines.joined(separator: "\n") }

  @Test func layersShowTheOverlapJaccardAndQAPOfTheCore() {
    let c = LayerComparison(
      dataset: embedded, filter: Filter(), layers: (.family(.governance), .family(.collaboration)),
      permutations: 1000, seed: 1)
    let s = explorer(Size(width: 120, height: 40), [.show(.of(.layers))])
    let shown = text(s)
    #expect(shown.contains("Ties: both \(c.both.count) · G only \(c.onlyFirst.count) · C only \(c.onlySecond.count)"))
    #expect(shown.contains("Jaccard \(NumberFormat.fixed(c.jaccard!, digits: 4))"))
    #expect(shown.contains("QAP r = \(NumberFormat.fixed(c.qap.correlation!, digits: 4)), p "))
    #expect(shown.contains("(presence, \(c.cities.count) nodes, 1000 perm., seed 1)"))
    // The first row is the heaviest tie in both layers; Enter opens it.
    var opened = s
    _ = reduce(&opened, .open)
    let t = c.both[0]
    #expect(opened.screen == .tie(min(t.a, t.b), max(t.a, t.b)))
  }

  @Test func layersSetTheFamilyFilterAside() {
    let all = explorer(Size(width: 120, height: 40), [.show(.of(.layers))])
    let governance = explorer(Size(width: 120, height: 40), [.cycleFamily, .show(.of(.layers))])
    #expect(governance.filter.families == [.governance])
    #expect(governance.model.analysis!.layers?.both.count == all.model.analysis!.layers?.both.count)
    #expect(text(governance).contains("family and type filters set aside"))
  }

  @Test func compareShowsTheStagesAndTheDensityOverTheirUnion() {
    let p = PeriodComparison(dataset: embedded, filter: Filter(), periods: PeriodComparison.nationalStages)
    let s = explorer(Size(width: 120, height: 40), [.show(.of(.compare))])
    let lines = frame(s).lines
    #expect(lines.contains { $0.contains("2011–2015") && $0.contains("2016–2019") && $0.contains("2020") })
    let union = try! #require(lines.first { $0.contains("Density over \(p.unionNodes)") })
    for period in p.periods { #expect(union.contains(NumberFormat.fixed(p.unionDensity(period), digits: 4))) }
    let first = p.changes[0].appeared[0]
    var opened = s
    _ = reduce(&opened, .open)
    let (a, b) = (embedded.cityIndex[CityID(first.a)]!, embedded.cityIndex[CityID(first.b)]!)
    #expect(opened.screen == .tie(min(a, b), max(a, b)))
  }

  @Test func overTheBudgetBothScreensPointToTheCommandLine() {
    var s = AppState(dataset: embedded, size: Size(width: 120, height: 40), measuresBudget: 0)
    _ = reduce(&s, .show(.of(.layers)))
    #expect(text(s).contains("run chengyu compare --layers governance,collaboration"))
    _ = reduce(&s, .show(.of(.compare)))
    #expect(text(s).contains("run chengyu compare --periods stages"))
  }

  @Test func aPolicyRecordListsTheAgreementsThatFollowedIt() {
    let p = embedded.policies.firstIndex { $0.id == "P024" }!
    let f = PolicyFollowUp(view: embedded.view(), policy: p, months: 12)
    let s = explorer(Size(width: 120, height: 40), [.show(.policy(p))])
    let shown = text(s)
    #expect(shown.contains("Followed by  \(f.after.count) agreements in the 12 months after (\(f.amongMentioned.count) among"))
    #expect(shown.contains("\(f.before) in the 12 months before"))
    let first = embedded.agreements[f.after[0].agreement]
    #expect(shown.contains("After        \(first.id) \(first.date)"))
  }
}

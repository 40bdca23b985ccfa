import ChengyuCore
import Testing

@testable import ChengyuTUI

/// A filter change in the explorer builds the new base model off the key path: the header shows
/// the filter asked for at once, the body a placeholder (never the older filter's rows as the
/// new one's), keys keep working, a newer filter cancels the older build, and the screen ends
/// exactly as the synchronous reducer draws it.
@MainActor @Suite struct BaseModelBuildTests {
  static let size = Size(width: 100, height: 30)
  /// Rows between the header and the hint bar.
  static let body = 3..<(size.height - 1)

  private func render(_ program: ExplorerProgram) -> [String] { lines(program, size: Self.size) }

  private func settle(_ program: inout ExplorerProgram) async throws -> [[String]] {
    try await settleWork(&program, size: Self.size)
  }

  @Test func aFilterChangeShowsTheNewFilterAtOnceAndNeverAStaleModel() async throws {
    let gate = Gate()
    var program = ExplorerProgram(dataset: embedded, size: Self.size)
    program.background = true
    program.grace = .zero  // every frame is drawn before the build can end
    program.beforeBase = { filter in if !filter.families.isEmpty { gate.pass() } }
    _ = program.handle(.resize(Self.size))
    _ = try await settle(&program)
    for _ in 0..<3 { _ = program.handle(.key(.char("j"))) }
    let before = render(program)
    let selected = program.state.list(program.state.currentListKey).selected

    _ = program.handle(.key(.char("m")))  // governance, held at the gate
    #expect(program.state.isFiltering)
    #expect(program.state.filter.families == [.governance], "the filter in force is the one asked for")
    #expect(program.state.model.filter == Filter(), "the model is still the older one")
    let waiting = render(program)
    #expect(waiting[1].contains("governance (G)") && waiting[1].contains("filtering… 0%"))
    #expect(!waiting[1].contains("agreements"), "the older counts are not shown under the new filter")
    #expect(waiting.joined().contains("Filtering \(embedded.agreements.count) agreements…"))
    #expect(Array(waiting[Self.body]) != Array(before[Self.body]))
    #expect(before.joined().contains("Pinyin") && !waiting.joined().contains("Pinyin"), "no row of the older table")

    // Keys work meanwhile: moving waits (and says so), the filter panel opens and draws.
    _ = program.handle(.key(.char("j")))
    #expect(program.state.list(program.state.currentListKey).selected == selected)
    #expect(render(program).joined().contains("Still filtering"))
    _ = program.handle(.key(.char("f")))
    #expect(program.state.screen == .filters)
    #expect(!render(program).joined().contains("Filtering \(embedded.agreements.count)"))
    _ = program.handle(.key(.escape))
    #expect(program.state.screen == .cities)
    let governance = try #require(program.baseJob)

    _ = program.handle(.key(.char("m")))  // collaboration, on from the filter asked for
    #expect(program.state.filter.families == [.collaboration])
    #expect(governance.job.token.isCancelled, "the older build was cancelled")
    #expect(program.baseJob?.filter.families == [.collaboration])
    gate.open()
    let frames = try await settle(&program)
    #expect(governance.job.isDone && governance.job.result == nil, "a cancelled build has no result")
    #expect(!program.state.isFiltering)

    // The same keys on a state computing everything at once.
    var direct = AppState(dataset: embedded, size: Self.size)
    for action: Action in [.move(1), .move(1), .move(1), .cycleFamily, .cycleFamily] { _ = reduce(&direct, action) }
    let expected = frame(direct).lines
    #expect(Array(render(program)[0..<(Self.size.height - 1)]) == Array(expected[0..<(Self.size.height - 1)]))
    #expect(program.state.list(program.state.currentListKey) == direct.list(direct.currentListKey))
    // On the way every frame showed the placeholder or the new model: the older filter's or
    // governance's never (the measure columns, the last 16, fill in as the measures arrive).
    let counts = CountNoun.graphNodes.count(direct.view.graph.nodeCount, .en)
    let withoutMeasures = { (lines: [String]) in lines[Self.body].map { String($0.dropLast(16)) } }
    for f in frames {
      #expect(!f[1].contains("governance"))
      #expect(f.joined().contains("Filtering \(embedded.agreements.count)")
        || (f[1].contains(counts) && withoutMeasures(f) == withoutMeasures(expected)))
    }
  }

  @Test func aBuildForAnotherFilterIsRefused() throws {
    var state = AppState(dataset: embedded, size: Self.size, defersWork: true)
    _ = reduce(&state, .cycleFamily)  // governance asked for
    var collaboration = Filter()
    collaboration.families = [.collaboration]
    let stale = try #require(BaseBuild.make(state, filter: collaboration, cancel: nil))
    let tookStale = state.receiveBase(stale)
    #expect(!tookStale)
    #expect(state.isFiltering && state.model.filter == Filter())
    let fresh = try #require(BaseBuild.make(state, filter: state.filter, cancel: nil))
    let tookFresh = state.receiveBase(fresh)
    #expect(tookFresh)
    #expect(!state.isFiltering && state.model.filter.families == [.governance])
    #expect(state.model.pending == [.pictures, .measures, .analysis], "the slow parts follow as jobs")
    let cancelled = CancellationToken()
    cancelled.cancel()
    #expect(BaseBuild.make(state, filter: collaboration, cancel: cancelled) == nil)
  }

  @Test func askingForTheModelsOwnFilterAgainNeedsNoBuild() {
    var state = AppState(dataset: embedded, defersWork: true)
    for _ in 0..<3 { _ = reduce(&state, .cycleFamily) }  // all → governance → collaboration → all
    #expect(!state.isFiltering)
    #expect(state.filter == Filter())
  }

  @Test(arguments: [AggregationLevel.signed, .city, .province])
  func partnerListsFromTheWeightOrderMatchTheViewsOwn(_ level: AggregationLevel) {
    var filter = Filter()
    filter.aggregation = level
    let view = embedded.view(filter)
    let model = FilterModel(dataset: embedded, filter: filter, datasetYears: 2011...2020, measuresBudget: 0, deferring: true)
    #expect(view.graph.nodeCount > 1)
    for node in 0..<view.graph.nodeCount {
      let own = view.ties(of: node)
      #expect(model.partners[node].map(\.tie) == own.map(\.tie))
      #expect(model.partners[node].map(\.partner) == own.map(\.partner))
    }
  }

  @Test func timelineCountsFromOnePassMatchTheTimelines() throws {
    var filter = Filter()
    filter.families = [.governance]
    filter.years = 2016...2018  // the timeline sets it aside
    let model = FilterModel(dataset: embedded, filter: filter, datasetYears: 2011...2020, measuresBudget: 0, deferring: true)
    let timeline = Timeline(view: model.allYearsView)
    let span = try #require(timeline.yearSpan)
    for year in (span.lowerBound - 1)...(span.upperBound + 1) {
      #expect(model.countsByMonth(year) == timeline.countsByMonth(year: year))
    }
    #expect(timeline.countsByYear().allSatisfy(model.timelineYears.contains))
    #expect(model.timelineYears.map(\.agreements).reduce(0, +) == model.allYearsView.agreements.count)
  }

  @Test func customComparePeriodsComeWithTheComparisonsOffTheKeyPath() {
    let typed: [Action] = "2011-2013,2014-2016,2017-2020".map { .promptInput(String($0)) }
    let actions: [Action] = [.show(.of(.compare)), .beginPeriods, .promptClear] + typed + [.promptCommit, .cycleFamily]
    var program = ExplorerProgram(dataset: embedded, size: Self.size)  // headless: waits for the work
    var direct = AppState(dataset: embedded, size: Self.size)
    for action in actions {
      _ = reduce(&program.state, action)
      program.runWork()
      _ = reduce(&direct, action)
    }
    #expect(program.state.model.analysis?.customPeriods == [2011...2013, 2014...2016, 2017...2020])
    #expect(program.state.analysisViews.customPeriods != nil)
    #expect(render(program) == frame(direct).lines)
  }

  @Test func theFilteringScreenInEnglishAndChinese() {
    for language in [Language.en, .zh] {
      var state = AppState(dataset: embedded, language: language, defersWork: true)
      _ = reduce(&state, .cycleFamily)
      assertSnapshot(frame(state), named: language == .en ? "filtering_80x24" : "zh_filtering_80x24")
    }
  }
}

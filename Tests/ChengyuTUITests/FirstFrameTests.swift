import Testing

@testable import ChengyuCore
import ChengyuData
@testable import ChengyuTUI

/// The explorer draws its first frame before its first model: the header with the starting
/// filter and "building network…", the placeholder body; the model is then built off the key
/// path like a filter change's, and the screen ends exactly as a state that built it at once.
@MainActor @Suite struct FirstFrameTests {
  static let size = Size(width: 100, height: 30)

  /// Governance from 2014 to 2020: a starting filter (from the command line) that is not the default.
  static var starting: Filter {
    var f = Filter()
    f.families = [.governance]
    f.years = 2014...2020
    return f
  }

  @Test func theFirstFrameBuildsNothingAndSaysTheNetworkIsBeingBuilt() {
    let fresh = EmbeddedDataset.load()  // its own derived parts: nothing built by other tests
    for language in [Language.en, .zh] {
      let state = AppState(dataset: fresh, language: language, defersWork: true, defersFirstModel: true)
      #expect(!state.hasModel && state.isFiltering && state.filter == Filter())
      #expect(state.view.agreements.isEmpty && state.view.graph.nodeCount == 0)
      #expect(fresh.derived.keptIncidences == 0, "no incidence is built before the first frame")
      let lines = frame(state).lines
      let agreements = CountNoun.agreements.count(fresh.agreements.count, language)
      if language == .en {
        #expect(lines[1].contains("building network… 0%"))
        #expect(lines.joined().contains("Building the network of \(agreements)… 0%"))
      } else {
        #expect(lines[1].contains("正在构建网络… 0%"))
        #expect(lines.joined().contains("正在构建 \(agreements)的网络… 0%"))
      }
      #expect(!lines.joined().contains("Pinyin") && !lines.joined().contains("拼音"), "no table of an empty model")
      assertSnapshot(frame(state), named: language == .en ? "first_frame_80x24" : "zh_first_frame_80x24")
    }
  }

  @Test func theFirstModelArrivesOffTheKeyPathAndTheFrameIsTheSynchronousOne() async throws {
    let gate = Gate()
    var program = ExplorerProgram(dataset: embedded, filter: Self.starting, size: Self.size)
    program.background = true
    program.grace = .zero
    program.beforeBase = { _ in gate.pass() }
    _ = program.handle(.resize(Self.size))
    #expect(program.baseJob?.filter == Self.starting, "the first event starts the first build")
    let first = lines(program, size: Self.size)
    #expect(first[1].contains("governance (G)") && first[1].contains("2014–2020") && first[1].contains("building network…"))
    #expect(!first[1].contains("agreements"), "no counts before the first model")

    // Keys work meanwhile: moving waits and says so; the filter panel opens.
    _ = program.handle(.key(.char("j")))
    #expect(lines(program, size: Self.size).joined().contains("Still building the network"))
    _ = program.handle(.key(.char("f")))
    #expect(program.state.screen == .filters)
    _ = program.handle(.key(.escape))

    gate.open()
    _ = try await settleWork(&program, size: Self.size)
    #expect(program.state.hasModel && !program.state.isFiltering)
    let direct = AppState(dataset: embedded, size: Self.size, filter: Self.starting)
    #expect(lines(program, size: Self.size) == frame(direct).lines)
  }

  @Test func aFilterChangeDuringTheFirstBuildStepsOnFromTheStartingFilter() async throws {
    let gate = Gate()
    var program = ExplorerProgram(dataset: embedded, size: Self.size)
    program.background = true
    program.grace = .zero
    program.beforeBase = { _ in gate.pass() }
    _ = program.handle(.resize(Self.size))
    let first = try #require(program.baseJob)
    // all → governance → collaboration → all: back to the starting filter, which still has no model.
    for _ in 0..<3 { _ = program.handle(.key(.char("m"))) }
    #expect(program.state.filter == Filter() && program.state.isFiltering)
    #expect(first.job.token.isCancelled, "the first build gave way to governance's")
    #expect(program.baseJob?.filter == Filter() && program.baseJob?.job !== first.job)
    _ = program.handle(.key(.char("m")))  // governance
    gate.open()
    _ = try await settleWork(&program, size: Self.size)
    var direct = AppState(dataset: embedded, size: Self.size)
    _ = reduce(&direct, .cycleFamily)
    #expect(program.state.model.filter.families == [.governance])
    #expect(Array(lines(program, size: Self.size).dropLast()) == Array(frame(direct).lines.dropLast()))
  }

  @Test func aScriptWaitsForTheFirstModel() {
    // Headless runs (`--script`) wait for the work before each frame: the first frame is already
    // the model's, the same as today's synchronous one.
    let backend = HeadlessBackend(size: Self.size, events: [.key(.char("j"))])
    var program = ExplorerProgram(dataset: embedded, filter: Self.starting, size: Self.size)
    AppRunner.run(&program, backend: backend)
    var direct = AppState(dataset: embedded, size: Self.size, filter: Self.starting)
    var expected = [frame(direct).lines]
    _ = reduce(&direct, .move(1))
    expected.append(frame(direct).lines)
    #expect(backend.frames.map(\.lines) == expected)
  }
}

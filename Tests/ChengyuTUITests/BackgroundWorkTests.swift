import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuTUI

/// Work off the key path: a filter change during a long computation, the progress shown
/// meanwhile, cancellation, and the final screen against the one computed directly.
@MainActor @Suite struct BackgroundWorkTests {
  static let size = Size(width: 100, height: 30)
  /// The digit of the Measures tab.
  static let measuresKey = Key(ScreenRegistry.digit(ofTab: ScreenRegistry.tabs.firstIndex { $0.kind == .measures }!)!)!

  private func settle(_ program: inout ExplorerProgram) async throws -> [[String]] {
    try await settleWork(&program, size: Self.size)
  }

  private func render(_ program: ExplorerProgram) -> [String] { lines(program, size: Self.size) }

  private func awaitBase(_ program: inout ExplorerProgram) async throws { try await awaitBaseModel(&program) }

  @Test func aFilterChangeDuringLongMeasuresNeverShowsAStaleResult() async throws {
    let gate = Gate()
    var program = ExplorerProgram(dataset: embedded, size: Self.size)
    program.background = true
    program.grace = .zero  // every frame is drawn before the work can end
    // The measures of any family filter wait at the gate: a long computation on demand.
    program.beforePart = { kind, filter in if kind == .measures && !filter.families.isEmpty { gate.pass() } }
    _ = program.handle(.resize(Self.size))
    _ = try await settle(&program)
    _ = program.handle(.key(.char("m")))  // governance
    try await awaitBase(&program)
    _ = program.handle(.key(Self.measuresKey))
    #expect(program.state.screen.kind == .measures)
    #expect(program.state.measures == nil, "the measures of the unfiltered network are not kept")
    let waiting = render(program).joined(separator: "\n")
    #expect(waiting.contains("working: ") && waiting.contains("measures 0%"))
    #expect(waiting.contains("Computing the measures"))
    let governance = try #require(program.partJobs[.measures])
    #expect(governance.filter.families == [.governance])

    _ = program.handle(.key(.char("m")))  // collaboration, while governance's measures still wait
    #expect(governance.job.token.isCancelled, "the older filter's measures were cancelled")
    try await awaitBase(&program)
    #expect(program.partJobs[.measures]?.filter.families == [.collaboration])
    gate.open()
    let frames = try await settle(&program)
    #expect(governance.job.isDone && governance.job.result == nil, "a cancelled job has no result")

    // The same keys on a state computing everything at once.
    var direct = AppState(dataset: embedded, size: Self.size)
    for action: Action in [.cycleFamily, .show(.measures), .cycleFamily] { _ = reduce(&direct, action) }
    let expected = frame(direct).lines
    #expect(program.state.filter == direct.filter)
    #expect(render(program) == expected)
    // Every frame on the way waited for the measures or showed the final ones: none showed
    // values computed for another filter.
    let body = 3..<(Self.size.height - 1)
    for f in frames {
      #expect(f.joined().contains("Computing the measures") || Array(f[body]) == Array(expected[body]))
    }
  }

  @Test func aPartForAnotherFilterIsRefused() throws {
    var state = AppState(dataset: embedded, defersWork: true)
    #expect(state.model.pending == [.pictures, .measures, .analysis])
    _ = reduce(&state, .cycleFamily)
    let base = try #require(BaseBuild.make(state, filter: state.filter, cancel: nil))  // the program's job
    let tookBase = state.receiveBase(base)
    #expect(tookBase)
    let stale = try #require(ModelPart.compute(.measures, view: embedded.view(Filter()), budget: .max, cancel: nil))
    let took = state.receive(stale, for: Filter())
    #expect(!took)
    #expect(state.measures == nil)
    let fresh = try #require(ModelPart.compute(.measures, view: state.view, budget: .max, cancel: nil))
    let filter = state.filter
    let tookFresh = state.receive(fresh, for: filter)
    #expect(tookFresh)
    #expect(state.measures?.betweenness == NetworkMeasures(graph: state.view.graph).betweenness)
    #expect(state.model.pending == [.pictures, .analysis])
  }

  @Test func scriptedRunsWaitForTheWorkBeforeEachFrame() {
    // Without `background` every frame is drawn after the work ended: the same frames as a
    // state computing everything at once, key after key.
    expectScriptedFramesMatchDirect([.char("m"), Self.measuresKey, .char("m"), .char("m")], size: Self.size)
  }
}

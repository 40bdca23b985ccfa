import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuTUI

/// The analysis views' work off the key path (`ViewWork`): the Timeline's follow-up counts, an
/// ego network opened, the Compare screen's periods. Each is held back at a gate: the screen shows
/// its placeholder meanwhile, then the result (the frame a state computing it on the key draws);
/// a newer window, filter or periods cancels it and no stale result reaches the screen.
@MainActor @Suite struct ViewWorkTests {
  static let size = Size(width: 100, height: 30)
  static let typedPeriods: [Action] = [.beginPeriods, .promptClear] + "2011-2013,2014-2016".map { .promptInput(String($0)) } + [.promptCommit]
  static let otherPeriods: [Action] = [.beginPeriods, .promptClear] + "2012-2015,2016-2020".map { .promptInput(String($0)) } + [.promptCommit]

  /// A background explorer whose work of `kind` waits at `gate`; every frame is drawn at once.
  /// Its first model (built off the key path too) has arrived.
  private func program(holding kind: WorkKind, at gate: Gate) async throws -> ExplorerProgram {
    var program = ExplorerProgram(dataset: embedded, size: Self.size)
    program.background = true
    program.grace = .zero
    program.beforePart = { k, _ in if k == kind { gate.pass() } }
    try await awaitBaseModel(&program)
    return program
  }

  /// The actions as keys would run them: reduced, then the work started (and polled).
  private func act(_ program: inout ExplorerProgram, _ actions: [Action]) {
    for action in actions {
      _ = reduce(&program.state, action)
      program.runWork()
    }
  }

  private func text(_ program: ExplorerProgram) -> String { lines(program, size: Self.size).joined(separator: "\n") }

  /// Opens the gate, lets the work end, and checks the final frame against the state that
  /// computed everything on the key, and that no frame on the way showed anything else than
  /// the placeholder or the final body.
  private func expectFinal(_ program: inout ExplorerProgram, gate: Gate, placeholder: String, _ actions: [Action]) async throws {
    gate.open()
    let frames = try await settleWork(&program, size: Self.size)
    #expect(!frames.isEmpty, "the held work was waited for frame by frame")
    let expected = frame(explorer(Self.size, actions)).lines
    #expect(lines(program, size: Self.size) == expected)
    let body = 3..<(Self.size.height - 1)
    // A newer filter's own placeholder (its model being built) shows nothing stale either.
    let filtering = MessageCatalogue.fill(WorkMsg.filteringKeys.texts.text(.en), [])
    for f in frames {
      let shown = f.joined()
      #expect(shown.contains(placeholder) || shown.contains(filtering) || Array(f[body]) == Array(expected[body]),
              "\(f.joined(separator: "\n"))")
    }
  }

  @Test func theTimelineSaysItIsCountingUntilTheCountsArrive() async throws {
    let gate = Gate()
    var program = try await program(holding: .followUps, at: gate)
    let actions: [Action] = [.show(.timeline), .move(5), .timelinePolicies(true)]
    act(&program, actions)
    let waiting = text(program)
    #expect(waiting.contains("counting the 12 months after and before"))
    #expect(waiting.contains("working: ") && waiting.contains("follow-up 0%"))
    #expect(!waiting.contains(" after ("), "no counts before they are in")
    #expect(program.state.analysisViews.followUps == nil)
    try await expectFinal(&program, gate: gate, placeholder: "counting the ", actions)
    #expect(text(program).contains(" after ("))
  }

  @Test func aNewerWindowDuringTheCountsCancelsThem() async throws {
    let gate = Gate()
    var program = try await program(holding: .followUps, at: gate)
    act(&program, [.show(.timeline), .move(5), .timelinePolicies(true)])
    let twelve = try #require(program.viewJobs[.followUps(months: 12)])
    act(&program, [.nextFollowUpWindow])
    #expect(twelve.job.token.isCancelled, "the older window's counts were cancelled")
    #expect(program.viewJobs[.followUps(months: 24)] != nil)
    #expect(text(program).contains("counting the 24 months after and before"))
    try await expectFinal(&program, gate: gate, placeholder: "counting the ",
                          [.show(.timeline), .move(5), .timelinePolicies(true), .nextFollowUpWindow])
    #expect(twelve.job.isDone && twelve.job.result == nil)
    #expect(program.state.analysisViews.followUps?.months == 24)
  }

  @Test func aNewerFilterDuringTheCountsCancelsThem() async throws {
    let gate = Gate()
    var program = try await program(holding: .followUps, at: gate)
    act(&program, [.show(.timeline), .move(5)])
    let all = try #require(program.viewJobs[.followUps(months: 12)])
    act(&program, [.cycleFamily])
    #expect(all.job.token.isCancelled, "the older filter's counts were cancelled")
    try await awaitBaseModel(&program)
    #expect(program.viewJobs[.followUps(months: 12)]?.filter.families == [.governance])
    try await expectFinal(&program, gate: gate, placeholder: "counting the ", [.show(.timeline), .move(5), .cycleFamily])
    #expect(all.job.result == nil)
  }

  @Test func aPolicyRecordCountsWhatFollowedItOffItsKey() async throws {
    let gate = Gate()
    var program = try await program(holding: .record, at: gate)
    let open: [Action] = [.show(.policies), .move(2), .open]
    act(&program, open)
    guard case .policy(let p) = program.state.screen else { return #expect(Bool(false), "a policy record is open") }
    let first = try #require(program.viewJobs[.record(policy: p, months: 12)])
    #expect(text(program).contains("counting the agreements in the 12 months after and before"))
    act(&program, [.nextFollowUpWindow])
    #expect(first.job.token.isCancelled, "the older window's count was cancelled")
    #expect(text(program).contains("counting the agreements in the 24 months after and before"))
    try await expectFinal(&program, gate: gate, placeholder: "counting the agreements", open + [.nextFollowUpWindow])
    #expect(first.job.result == nil)
    #expect(text(program).contains("in the 24 months after ("))
  }

  @Test func anEgoNetworkOpensOffItsKey() async throws {
    let gate = Gate()
    var program = try await program(holding: .ego, at: gate)
    let actions: [Action] = [.show(.city(cityIndex("chengdu"))), .openEgo]
    act(&program, actions)
    #expect(program.state.screen == .ego(cityIndex("chengdu")))
    let waiting = text(program)
    #expect(waiting.contains("Computing the ego network of 成都市"))
    #expect(waiting.contains("working: ") && waiting.contains("ego network 0%"))
    try await expectFinal(&program, gate: gate, placeholder: "Computing the ego network", actions)
  }

  @Test func aNewerFilterDuringAnEgoNetworkLeavesNoStaleOne() async throws {
    let gate = Gate()
    var program = try await program(holding: .ego, at: gate)
    act(&program, [.show(.city(cityIndex("chengdu"))), .openEgo])
    let all = try #require(program.viewJobs[.ego(city: cityIndex("chengdu"))])
    act(&program, [.cycleFamily])
    #expect(all.job.token.isCancelled)
    // The new filter's model brings the ego networks open (their lists keep their selection).
    try await expectFinal(&program, gate: gate, placeholder: "Computing the ego network",
                          [.show(.city(cityIndex("chengdu"))), .openEgo, .cycleFamily])
    #expect(all.job.result == nil)
    #expect(program.state.analysisViews.egos[cityIndex("chengdu")]?.alters.isEmpty == false)
  }

  @Test func newComparePeriodsAreComparedOffTheirKey() async throws {
    let gate = Gate()
    var program = try await program(holding: .periods, at: gate)
    act(&program, [.show(.of(.compare))])
    _ = try await settleWork(&program, size: Self.size)  // the stages' comparisons are in
    act(&program, Self.typedPeriods)
    let first = try #require(program.viewJobs[.periods([2011...2013, 2014...2016])])
    #expect(text(program).contains("Comparing the periods 2011-2013,2014-2016"))
    act(&program, Self.otherPeriods)
    #expect(first.job.token.isCancelled, "the older periods' comparison was cancelled")
    #expect(text(program).contains("Comparing the periods 2012-2015,2016-2020"))
    try await expectFinal(&program, gate: gate, placeholder: "Comparing the periods",
                          [.show(.of(.compare))] + Self.typedPeriods + Self.otherPeriods)
    #expect(first.job.result == nil)
    #expect(program.state.analysisViews.customPeriods?.periods.map(\.years) == [2012...2015, 2016...2020])
  }

  @Test func aResultNoLongerWantedIsRefused() throws {
    var state = AppState(dataset: embedded, defersWork: true)
    _ = reduce(&state, .show(.timeline))
    let filter = state.filter
    let twelve = try #require(ViewPart.compute(.followUps(months: 12), model: state.model, index: nil, cancel: nil))
    _ = reduce(&state, .nextFollowUpWindow)
    let tookTwelve = state.receive(twelve, for: .followUps(months: 12), filter: filter)
    #expect(!tookTwelve, "the counts of a window no longer in force")
    #expect(state.analysisViews.followUps == nil)
    let ego = try #require(ViewPart.compute(.ego(city: 0), model: state.model, index: nil, cancel: nil))
    let tookEgo = state.receive(ego, for: .ego(city: 0), filter: filter)
    #expect(!tookEgo, "an ego network no screen asked for")
    var governance = Filter()
    governance.families = [.governance]
    let other = AppState(dataset: embedded, filter: governance)
    let stale = try #require(ViewPart.compute(.followUps(months: 24), model: other.model, index: nil, cancel: nil))
    let tookStale = state.receive(stale, for: .followUps(months: 24), filter: other.filter)
    #expect(!tookStale, "another filter's counts")
    let fresh = try #require(ViewPart.compute(.followUps(months: 24), model: state.model, index: nil, cancel: nil))
    let tookFresh = state.receive(fresh, for: .followUps(months: 24), filter: filter)
    #expect(tookFresh)
    #expect(state.analysisViews.followUps?.months == 24)
  }

  @Test func scriptedRunsWaitForTheViewsWork() {
    // Headless without `background`: each frame is drawn once the counts (of the Timeline, then
    // of a policy's record) and the ego network are in: the frames of a state computing them on the key.
    let tab = { (kind: ScreenKind) in Key(ScreenRegistry.digit(ofTab: ScreenRegistry.tabs.firstIndex { $0.kind == kind }!)!)! }
    let keys: [Key] = [tab(.timeline), .down, .down, .right, .char("w"), .enter, .char("w"), tab(.cities), .char("o")]
    let program = expectScriptedFramesMatchDirect(keys, size: Self.size)
    #expect(program.state.analysisViews.followUps?.months == 36)
    #expect(program.state.screen.kind == .ego)
  }

  @Test(arguments: [Language.en, .zh])
  func thePlaceholdersInEnglishAndChinese(_ language: Language) throws {
    let prefix = language == .en ? "" : "zh_"
    let size = Size(width: 80, height: 24)
    // Deferred states with no program: the views' work stays pending, as while a job runs.
    func state(_ actions: [Action], comparisons: Bool = false) throws -> AppState {
      var s = AppState(dataset: embedded, size: size, language: language, defersWork: true)
      if comparisons {
        let part = try #require(ModelPart.compute(.analysis, view: s.view, budget: s.measuresBudget, cancel: nil))
        let filter = s.filter
        _ = s.receive(part, for: filter)
      }
      for action in actions { _ = reduce(&s, action) }
      return s
    }
    assertSnapshot(frame(try state([.show(.timeline), .move(5), .timelinePolicies(true)])), named: prefix + "timeline_counting_80x24")
    assertSnapshot(frame(try state([.show(.city(cityIndex("chengdu"))), .openEgo])), named: prefix + "ego_computing_80x24")
    assertSnapshot(frame(try state([.show(.policies), .move(2), .open, .bottom])), named: prefix + "policy_record_counting_80x24")
    assertSnapshot(frame(try state([.show(.of(.compare))] + Self.typedPeriods, comparisons: true)),
                   named: prefix + "compare_periods_computing_80x24")
  }

  @Test func aPolicyRecordListsTheFirstAgreementsAfterItAndCountsTheRest() throws {
    // A record is wrapped on every frame: at 10⁶ agreements 200,000 after a policy took 3 s a key.
    var state = AppState(dataset: embedded)
    let policy = try #require(embedded.policies.indices.first { PolicyFollowUp(view: state.view, policy: $0, months: 12).after.count >= 3 })
    _ = reduce(&state, .show(.policy(policy)))
    let f = PolicyFollowUp(view: state.view, policy: policy, months: 12)
    let after = try #require(state.policyFollowUpFields(policy, listing: 2).last)
    let ids = f.after.prefix(2).map { embedded.agreements[$0.agreement].id }
    #expect(after.1.hasPrefix((f.after[0].amongMentioned ? "*" : "") + ids[0]))
    #expect(after.1.contains(ids[1]) && !after.1.contains(embedded.agreements[f.after[2].agreement].id + " "))
    #expect(after.1.hasSuffix("… and \(f.after.count - 2) more (chengyu show \(embedded.policies[policy].id) --after 12 lists them all)"))
    #expect(state.policyFollowUpFields(policy).last?.1.contains("more (chengyu show") == false, "the embedded records list all")
  }
}

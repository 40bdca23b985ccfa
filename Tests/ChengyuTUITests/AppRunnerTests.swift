import ChengyuTUI
import Testing

/// A toy list program: j/k move the selection, ctrl+l redraws, q quits.
private struct ToyList: TUIProgram {
  var items = ["成都", "重庆", "绵阳", "自贡"]
  var cursor = 0
  var size = Size(width: 0, height: 0)
  var seen: [InputEvent] = []

  mutating func handle(_ event: InputEvent) -> ProgramStep {
    seen.append(event)
    switch event {
    case .resize(let s): size = s
    case .key(.char("j")): cursor = min(cursor + 1, items.count - 1)
    case .key(.char("k")): cursor = max(cursor - 1, 0)
    case .key(.ctrl("l")): return .redraw
    case .key(.char("q")): return .quit
    default: break
    }
    return .continue
  }

  func render(into buffer: inout ScreenBuffer) {
    let w = buffer.size.width
    buffer.put("Cities \(cursor + 1)/\(items.count)", x: 0, y: 0, maxWidth: w, style: .plain)
    for (i, item) in items.enumerated() where i + 1 < buffer.size.height - 1 {
      let style: Style = i == cursor ? .role(.selection) : .plain
      buffer.put((i == cursor ? "> " : "  ") + item, x: 0, y: i + 1, maxWidth: w, style: style)
    }
    buffer.put("\(size)", x: 0, y: buffer.size.height - 1, maxWidth: w, style: .role(.bar))
  }
}

@MainActor
@Suite struct AppRunnerTests {
  @Test func scriptedKeysProduceExpectedFrames() {
    let backend = HeadlessBackend(size: Size(width: 12, height: 6),
                                  events: [.key(.char("j")), .key(.char("j")), .key(.char("q"))])
    var program = ToyList()
    let outcome = AppRunner.run(&program, backend: backend)
    #expect(outcome == .quit)
    #expect(backend.frameCount == 3)  // first frame, then one per j; q renders nothing
    #expect(backend.screen.lines == [
      "Cities 3/4  ",
      "  成都      ",
      "  重庆      ",
      "> 绵阳      ",
      "  自贡      ",
      "12x6        ",
    ])
    #expect(backend.frames[1].lines[1...2] == ["  成都      ", "> 重庆      "])
    let selected = [Style](repeating: .role(.selection), count: 6)
    #expect(backend.screen.styles(row: 3) == selected + [Style](repeating: .plain, count: 6))
    #expect(program.seen.first == .resize(Size(width: 12, height: 6)))
  }

  @Test func onlyChangedRowsArePresented() {
    let backend = HeadlessBackend(size: Size(width: 12, height: 6),
                                  events: [.key(.char("j")), .key(.char("x"))])
    var program = ToyList()
    #expect(AppRunner.run(&program, backend: backend) == .inputEnded)
    #expect(backend.presentedRows == [[0, 1, 2, 3, 4, 5], [0, 1, 2]])  // "x" changes nothing
    #expect(backend.invalidations == 1)
  }

  @Test func resizeRepaintsEveryRowAtTheNewSize() {
    let backend = HeadlessBackend(size: Size(width: 12, height: 6),
                                  events: [.key(.char("j")), .resize(Size(width: 8, height: 4))])
    var program = ToyList()
    AppRunner.run(&program, backend: backend)
    #expect(backend.presentedRows.last == [0, 1, 2, 3])
    #expect(backend.invalidations == 2)
    #expect(backend.screen.lines == ["Cities …", "  成都  ", "> 重庆  ", "8x4     "])
  }

  @Test func redrawStepRepaintsEverything() {
    let backend = HeadlessBackend(size: Size(width: 12, height: 6), events: [.key(.ctrl("l"))])
    var program = ToyList()
    AppRunner.run(&program, backend: backend)
    #expect(backend.presentedRows == [[0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5]])
    #expect(backend.invalidations == 2)
  }

  @Test func hangupEndsTheLoopAfterTellingTheProgram() {
    let backend = HeadlessBackend(size: Size(width: 12, height: 6),
                                  events: [.hangup, .key(.char("j"))])
    var program = ToyList()
    #expect(AppRunner.run(&program, backend: backend) == .hangup)
    #expect(program.seen.last == .hangup)
    #expect(backend.frameCount == 1)
    #expect(backend.pending == [.key(.char("j"))])
  }

  @Test func screenShowsStaleRowsIfTheDiffSkipsThem() {
    // The headless screen applies only presented rows: proves the assertions above would catch
    // a run loop that forgot a changed row.
    let backend = HeadlessBackend(size: Size(width: 4, height: 2))
    var a = ScreenBuffer(size: Size(width: 4, height: 2))
    a.put("ab", x: 0, y: 0, maxWidth: 4, style: .plain)
    a.put("cd", x: 0, y: 1, maxWidth: 4, style: .plain)
    backend.present(a, changedRows: [0, 1])
    var b = ScreenBuffer(size: Size(width: 4, height: 2))
    b.put("xy", x: 0, y: 0, maxWidth: 4, style: .plain)
    backend.present(b, changedRows: [0])
    #expect(backend.screen.lines == ["xy  ", "cd  "])
  }
}

/// The run loop asks the program how long it may wait: only a program with something running
/// gets `.timeout` events (scripted as `tick`).
@MainActor @Suite struct AppRunnerTimerTests {
  struct Ticker: TUIProgram {
    var ticks = 0
    var keys = 0
    var asked: [Duration?] = []
    mutating func handle(_ event: InputEvent) -> ProgramStep {
      if event == .timeout { ticks += 1 }
      if case .key = event { keys += 1 }
      return .continue
    }
    func render(into buffer: inout ScreenBuffer) { buffer.put("\(ticks)", x: 0, y: 0, maxWidth: 5, style: .plain) }
    func wakeAfter() -> Duration? { keys == 0 ? .milliseconds(100) : nil }
  }

  final class Recording: TerminalBackend {
    let inner: HeadlessBackend
    var timeouts: [Duration?] = []
    init(_ inner: HeadlessBackend) { self.inner = inner }
    var size: Size { inner.size }
    func present(_ frame: ScreenBuffer, changedRows: [Int]) { inner.present(frame, changedRows: changedRows) }
    func setCursor(_ position: (x: Int, y: Int)?) { inner.setCursor(position) }
    func invalidate() { inner.invalidate() }
    func nextEvent() -> InputEvent? { inner.nextEvent() }
    func nextEvent(timeout: Duration?) -> InputEvent? {
      timeouts.append(timeout)
      return inner.nextEvent()
    }
    func shutdown() { inner.shutdown() }
  }

  @Test func theLoopPassesTheProgramsWakeUpAndDeliversTicks() throws {
    let events = try InputScript.parse("tick tick j tick")
    #expect(events == [.timeout, .timeout, .key(.char("j")), .timeout])
    let backend = Recording(HeadlessBackend(size: Size(width: 10, height: 2), events: events))
    var program = Ticker()
    AppRunner.run(&program, backend: backend)
    #expect(program.ticks == 3)
    #expect(backend.timeouts == [.milliseconds(100), .milliseconds(100), .milliseconds(100), nil, nil])
  }
}

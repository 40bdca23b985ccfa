import ChengyuCore
import ChengyuTUI
import Testing

/// The terminal cursor sits at the caret of a prompt and is hidden elsewhere.
@MainActor
@Suite struct CursorTests {
  @Test func cursorFollowsTheSearchCaretAndHidesAfterwards() {
    let events: [InputEvent] = [.key(.char("/"))]
    let backend = HeadlessBackend(size: Size(width: 80, height: 24), events: events)
    var program = ExplorerProgram(dataset: embedded)
    AppRunner.run(&program, backend: backend)
    #expect(backend.cursor?.x == 1 && backend.cursor?.y == 23)  // after "/"

    // Chinese text is two columns a character: the caret moves by display width.
    backend.enqueue(.key(.char("遂")), .key(.char("宁")))
    AppRunner.run(&program, backend: backend)
    #expect(backend.cursor?.x == 5 && backend.cursor?.y == 23)
    #expect(backend.screen.lines[23].hasPrefix("/遂宁_"))

    backend.enqueue(.key(.enter))
    AppRunner.run(&program, backend: backend)
    #expect(backend.cursor == nil)
  }

  @Test func cursorSitsAfterThePaletteAndExportText() {
    var program = ExplorerProgram(dataset: embedded)
    let backend = HeadlessBackend(size: Size(width: 100, height: 30), events: [.key(.char(":")), .key(.char("q"))])
    AppRunner.run(&program, backend: backend)
    #expect(backend.cursor?.x == 2 && backend.cursor?.y == 29)
    backend.enqueue(.key(.escape), .key(.char("e")))
    AppRunner.run(&program, backend: backend)
    #expect(backend.cursor?.x == "export: ".count && backend.cursor?.y == 29)
  }

  @Test func noCursorWithoutAPromptOrWhenTooSmall() {
    #expect(ExplorerProgram(state: explorer()).cursor() == nil)
    let small = explorer([.beginSearch, .resize(Size(width: 30, height: 10))])
    #expect(small.prompt != nil)
    #expect(ExplorerProgram(state: small).cursor() == nil)
  }

  @Test func longTextKeepsTheCaretInView() {
    let long = String(repeating: "成都", count: 40)
    let state = explorer([.beginSearch, .promptInput(long)])
    let caret = ExplorerProgram(state: state).cursor()!
    let line = frame(state).lines[23]
    #expect(caret.x < 80 - "Enter keep  Esc cancel".count)
    #expect(line.contains("成都_"))
  }
}

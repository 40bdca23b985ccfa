import ChengyuCore
import ChengyuTUI
import Testing

/// A long paste into a prompt: capped, the end of the text in view, and a scripted replay of many
/// keys keeps only what it prints.
@Suite struct LongPromptTests {
  @Test func aPasteIntoTheSearchIsCappedAndItsEndStaysInView() {
    let paste = String(repeating: "ab", count: 3_000) + "xyz"
    var s = explorer([.beginSearch])
    for c in paste { _ = reduce(&s, .promptInput(String(c))) }
    #expect(s.prompt?.text.count == PromptState.maxLength)
    #expect(s.status == "The prompt takes at most \(PromptState.maxLength) characters")
    let hint = frame(s).lines[23]
    // The start (and the "/") scrolled off; the end of the text stays, the caret after it.
    #expect(!hint.hasPrefix("/") && hint.contains("babab"), "\(hint)")
    #expect(hint.hasSuffix("Enter keep  Esc cancel"))
    _ = reduce(&s, .promptBackspace)
    #expect(s.prompt?.text.count == PromptState.maxLength - 1)
  }

  @Test @MainActor func aReplayWithoutHistoryKeepsOnlyTheScreen() {
    let events = [InputEvent](repeating: .key(.char("j")), count: 300) + [.key(.char("q"))]
    let backend = HeadlessBackend(size: Size(width: 80, height: 24), events: events, keepsHistory: false)
    var program = ExplorerProgram(dataset: embedded, size: Size(width: 80, height: 24))
    AppRunner.run(&program, backend: backend)
    #expect(backend.frames.isEmpty && backend.presentedRows.isEmpty)
    #expect(backend.frameCount > 1)
    #expect(backend.pending.isEmpty)
    #expect(backend.screen.lines[1].contains("Filter"))
  }
}

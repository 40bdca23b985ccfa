import ChengyuNcurses
import Testing

@Suite struct TerminalSetupTests {
  @Test func utf8SpellingsOfCodeset() {
    #expect(TerminalSetup.isUTF8("UTF-8"))
    #expect(TerminalSetup.isUTF8("utf8"))
    #expect(!TerminalSetup.isUTF8("ANSI_X3.4-1968"))
    #expect(!TerminalSetup.isUTF8("GB18030"))
  }

  @Test func messagesPointToPlainTextCommands() {
    #expect(TerminalSetupError.notATerminal.description.contains("chengyu list"))
    let unknown = TerminalSetupError.unknownTerminal("vt-nonexistent").description
    #expect(unknown.contains("'vt-nonexistent'"))
    #expect(unknown.contains("chengyu list"))
    #expect(TerminalSetupError.unknownTerminal(nil).description.contains("TERM is not set"))
  }

  /// `swift test` under CI has no terminal; the backend must refuse before touching anything.
  @MainActor
  @Test(.enabled(if: !TerminalSetup.standardStreamsAreTerminals, "needs stdin/stdout not a tty"))
  func openingWithoutATerminalIsRefused() {
    #expect(throws: TerminalSetupError.notATerminal) { _ = try NcursesBackend.open() }
  }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Keys that arrive as escape sequences ncurses does not know, terminals that cannot run a full
/// screen, `--ascii`, and every terminating signal: each ends with the terminal usable.
@Suite(.enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct ExplorerKeysAndSignalsTests {
  @Test func homeAndEndAsVT220SequencesMoveAndNeverRunTheirBytes() throws {
    // Under TERM=xterm tmux's own Home/End are ESC O H / ESC O F; PuTTY and screen send these.
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    try e.session.sendLiteral("\u{1B}[4~")  // End: was Esc, "[", "4" (Policies) and "~"
    let end = try e.settle("the last city selected") { _ in ((try? e.selectedLine()) ?? 3) > 3 }
    #expect(end.contains("Pinyin"), "still on Cities:\n\(end)")
    try e.session.sendLiteral("\u{1B}[1~")  // Home
    try e.settle("the first city selected") { _ in (try? e.selectedLine()) == 3 }
    // In a prompt, Home keeps the typed text (it was Esc: the search was cancelled).
    try e.session.sendKeys("/")
    try e.session.sendLiteral("suining")
    try e.settle("the search") { ExplorerDriver.line($0, 23).contains("/suining") }
    try e.session.sendLiteral("\u{1B}[1~\u{1B}[200~\u{1B}[99;5~")  // Home, a paste marker, an unknown key
    let kept = try e.settle("the prompt after the sequences") { ExplorerDriver.line($0, 23).contains("/suining") }
    #expect(!ExplorerDriver.line(kept, 23).contains("~") && !ExplorerDriver.line(kept, 23).contains("["), "\(kept)")
    try e.session.sendKeys("Escape")
    try e.settle("the prompt closed") { !ExplorerDriver.line($0, 23).contains("/suining") }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func dumbTerminalIsRefusedWithAMessage() throws {
    let e = try ExplorerDriver(environment: ["TERM": "dumb"])
    defer { e.close() }
    let screen = try e.settle("the shell after the message") { $0.contains("type>") }
      .split(separator: "\n").joined()  // the message wraps at 80 columns
    #expect(screen.contains("'dumb'") && screen.contains("cannot move the cursor"), "\(screen)")
    #expect(screen.contains("chengyu list"))
    #expect(try e.exitAndCheckTerminal() == 1)
  }

  @Test func asciiFlagWorksInteractively() throws {
    let e = try ExplorerDriver(arguments: ["--ascii"])
    defer { e.close() }
    let screen = try e.settle("the ASCII cities screen") { $0.contains("q quit") && $0.contains("Chengdu") }
    #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  /// Signals whose default action ends the process: the explorer restores the terminal and
  /// exits with 1, as for SIGTERM and SIGHUP.
  @Test(arguments: [("SIGUSR1", SIGUSR1), ("SIGALRM", SIGALRM), ("SIGQUIT", SIGQUIT), ("SIGUSR2", SIGUSR2)])
  func terminatingSignalRestoresTheTerminal(name: String, signal: Int32) throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    #expect(kill(try e.explorerPID(), signal) == 0)
    #expect(try e.exitAndCheckTerminal() == 1, "\(name)")
  }

  /// Crash signals restore the terminal and end the process by the signal, without the
  /// runtime's backtracer taking over the screen (and waiting for a key).
  @Test(arguments: [("SIGSEGV", SIGSEGV), ("SIGABRT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGILL", SIGILL)])
  func crashSignalRestoresTheTerminalAndEnds(name: String, signal: Int32) throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    #expect(kill(try e.explorerPID(), signal) == 0)
    #expect(try e.exitAndCheckTerminal() == 128 + signal, "\(name)")
  }

  @Test func signalDuringALongPasteIsHandledBeforeTheRestOfThePaste() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    try e.session.sendKeys("/")
    let pid = try e.explorerPID()
    try e.session.sendLiteral(String(repeating: "chongqing ", count: 1_000))  // 10 KB
    #expect(kill(pid, SIGTERM) == 0)
    // The explorer ends while the paste is still queued; the rest of it reaches the shell, whose
    // `read` then needs an Enter: so the status comes from the pane, not from the usual checks.
    try e.session.waitFor("the explorer to end") { _ in kill(pid, 0) != 0 }
    try e.session.sendKeys("Enter")
    #expect(try e.session.waitForExit() == 1)
    #expect(try e.session.paneFormat("#{alternate_on}") == "0", "alternate screen still on")
  }

  @Test func aLongPasteIsProcessedAndTheExplorerAnswers() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    try e.session.sendKeys("/")
    try e.session.sendLiteral(String(repeating: "x", count: 10_000))
    // No frame is drawn while keys are queued; a debug build on a busy machine takes a while.
    try e.session.waitFor(timeout: 60, "the capped prompt") { ExplorerDriver.line($0, 23).hasPrefix("xxxx") }
    try e.session.sendKeys("Escape")
    try e.settle("the search cancelled") { ExplorerDriver.line($0, 3).hasPrefix("四川省") }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }
}

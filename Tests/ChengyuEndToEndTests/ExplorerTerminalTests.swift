import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real explorer under unusual terminals: LANG=C, NO_COLOR, a tiny window, an unknown
/// TERM, no terminal at all, and SIGHUP/SIGTERM. Each one ends with the terminal usable.
@Suite(.enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct ExplorerTerminalTests {
  /// An SGR that sets a colour (30–38, 40–48, 90–97, 100–107, so 38;5;n too); 39/49 reset.
  private let colourSGR = /\x1B\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]/

  /// True when this system has a C.UTF-8 locale, the one LANG=C falls back to.
  private static var hasCUTF8: Bool {
    for name in ["C.UTF-8", "C.utf8"] {
      if let loc = newlocale(LC_CTYPE_MASK, name, nil) {
        freelocale(loc)
        return true
      }
    }
    return false
  }

  @Test func langCFallsBackAndTheFlowStillWorks() throws {
    let e = try ExplorerDriver(environment: ["LANG": "C", "LC_ALL": "C"])
    defer { e.close() }
    let first = try e.waitForCities()
    if Self.hasCUTF8 {
      #expect(first.contains("成都") && first.contains("重庆"), "\(first)")
    } else {
      #expect(first.contains("Chengdu") && first.allSatisfy { $0.isASCII }, "\(first)")
    }
    #expect(ExplorerDriver.headerCounts(first) == (try ExplorerDriver.expectedCounts()))
    try e.session.sendKeys("j")
    try e.session.waitFor("selection on line 4") { _ in (try? e.selectedLine()) == 4 }
    let governance = try e.press("m", what: "governance") { ExplorerDriver.line($0, 1).contains("governance") }
    #expect(ExplorerDriver.headerCounts(governance) == (try ExplorerDriver.expectedCounts(["--family", "governance"])))
    try e.session.sendKeys("/")
    try e.session.sendLiteral("suining")
    try e.settle("Suining alone") { ExplorerDriver.line($0, 3).contains("Suining") && ExplorerDriver.line($0, 4) == "" }
    try e.session.sendKeys("Escape", "q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func asciiModeSendsOnlyASCIIToTheTerminal() throws {
    // This system has C.UTF-8, so ASCII mode is switched on by its command; the locale path
    // to it is covered by NcursesBackendTests (ASCII mode without a UTF-8 locale).
    let e = try ExplorerDriver(environment: ["LANG": "C"])
    defer { e.close() }
    try e.waitForCities()
    try e.session.sendKeys(":")
    try e.session.sendLiteral("toggle-ascii")
    let ascii = try e.press("Enter", what: "pinyin names") { $0.contains("Chengdu ") && !$0.contains("成都") }
    #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "\(ascii)")
    #expect(ascii.contains("Chongqing"))
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func noColorSendsNoColourButKeepsTheSelectionVisible() throws {
    let e = try ExplorerDriver(environment: ["NO_COLOR": "1"])
    defer { e.close() }
    try e.waitForCities()
    #expect(try e.selectedLine(monochrome: true) == 3)
    try e.session.sendKeys("Down")
    try e.session.waitFor("reverse-video selection on line 4") { _ in (try? e.selectedLine(monochrome: true)) == 4 }
    for key in ["m", "5", "?", "1"] {
      try e.press(key)
      let escaped = try e.session.capture(escapes: true)
      #expect(!escaped.contains(colourSGR), "colour after \(key):\n\(escaped)")
      #expect(escaped.contains("\u{1B}[7m") || escaped.contains("\u{1B}[1m"))
    }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func colourThemeDoesSendColour() throws {
    // The counterpart of the NO_COLOR test, so that test cannot pass by never seeing colour.
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    #expect(try e.session.capture(escapes: true).contains(colourSGR))
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func tooSmallShowsTheMessageIgnoresKeysAndQuits() throws {
    let e = try ExplorerDriver(width: 20, height: 8)
    defer { e.close() }
    let small = try e.settle("the too-small message") { $0.contains("have 20x8") }
    #expect(small.contains("have 20x8"))
    #expect(ExplorerDriver.trimmed(small) == (try ExplorerDriver.headless(width: 20, height: 8)))
    try e.session.sendKeys("j", "m")
    try e.session.resize(width: 80, height: 24)
    let restored = try e.waitForCities()
    #expect(ExplorerDriver.trimmed(restored) == (try ExplorerDriver.headless(width: 80, height: 24)))
    try e.session.resize(width: 20, height: 8)
    try e.session.waitFor(text: "have 20x8")
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func unknownTermIsNamedAndPointsToList() throws {
    let e = try ExplorerDriver(environment: ["TERM": "xterm-nonexistent"])
    defer { e.close() }
    let screen = try e.settle("the shell after the message") { $0.contains("type>") }
    #expect(screen.contains("'xterm-nonexistent'"), "\(screen)")
    #expect(screen.contains("chengyu list"))
    #expect(!screen.contains("Fatal error") && !screen.contains("Backtrace"))
    let status = try e.exitAndCheckTerminal()
    #expect(status != 0 && status < 128, "status \(status)")
  }

  @Test func withoutATerminalItSaysSoAndPointsToList() throws {
    // Standard input /dev/null, output a file: no tmux at all.
    let noTTY = try ExplorerDriver.cli([])
    #expect(noTTY.status == 1)
    #expect(noTTY.output.contains("not") && noTTY.output.contains("terminal"), "\(noTTY.output)")
    #expect(noTTY.output.contains("chengyu list"))

    // In a terminal, but with standard output piped: `chengyu | cat`.
    let binary = try TmuxSession.chengyuBinary().path
    let piped = try TmuxSession(
      command: ["sh", "-c", "\"$0\" | cat; echo \"pipe status $?\"; read x", binary], width: 100, height: 10)
    defer { piped.close() }
    let screen = try piped.waitFor(text: "pipe status")
    #expect(screen.contains("chengyu list"), "\(screen)")
    #expect(try piped.paneFormat("#{alternate_on}") == "0")
  }

  @Test func idleExplorerSleepsWithoutATimeoutAndStillAnswers() throws {
    #if arch(x86_64)
      let ppoll = "271"
    #elseif arch(arm64)
      let ppoll = "73"
    #else
      return
    #endif
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    let pid = try e.explorerPID()
    // /proc/PID/syscall: "number arg1 arg2 arg3 …"; ppoll's third argument is the timeout
    // pointer, null for "wait for ever". No timeout means no periodic wake-up.
    try e.session.waitFor("the explorer blocked in ppoll with no timeout") { _ in
      let fields = ((try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8)) ?? "")
        .split(separator: " ")
      return fields.count > 3 && fields[0] == ppoll && fields[3] == "0x0"
    }
    try e.press("2", until: { $0.contains("Partner") })  // a key still wakes it
    try e.session.resize(width: 100, height: 30)  // and so does SIGWINCH
    let wide = try ExplorerDriver.headless(keys: "2", width: 100, height: 30)
    try e.settle("the 100×30 layout") { ExplorerDriver.trimmed($0) == wide }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test(arguments: [("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP)])
  func signalEndsTheExplorerAndRestoresTheTerminal(name: String, signal: Int32) throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    #expect(try e.session.paneFormat("#{alternate_on}") == "1")
    let pid = try e.explorerPID()
    #expect(kill(pid, signal) == 0)
    let status = try e.exitAndCheckTerminal()
    #expect(status == 1, "\(name): status \(status)")  // a hang-up ends the session with 1
  }
}

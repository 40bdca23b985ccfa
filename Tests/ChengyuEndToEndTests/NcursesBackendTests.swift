import Foundation
import Testing

/// The real ncurses backend in tmux. There is no explorer yet, so the program is the probe in
/// ChengyuTUITests/NcursesProbe.swift, run by starting this very test runner inside tmux with
/// CHENGYU_NCURSES_PROBE=1 (no extra executable needed).
@Suite(.enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct NcursesBackendTests {
  private func probe(
    width: Int = 60, height: Int = 15, environment: [String: String] = [:],
    wrapper: String? = nil
  ) throws -> TmuxSession {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    let args = [runner, "--testing-library", "swift-testing", "--filter", "ncursesProbe"]
    let command = wrapper.map { ["sh", "-c", $0] + args } ?? args
    var env = environment
    env["CHENGYU_NCURSES_PROBE"] = env["CHENGYU_NCURSES_PROBE"] ?? "1"
    return try TmuxSession(command: command, width: width, height: height, environment: env)
  }

  /// An SGR that sets a colour (30–38, 40–48, 90–97, 100–107); 39/49 only reset to default.
  private let colourSGR = /\x1B\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]/

  private func line(_ screen: String, _ n: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return n < lines.count ? String(lines[n]) : ""
  }

  @Test func drawsCJKAtAbsoluteColumnsAndDecodesKeys() throws {
    let s = try probe()
    defer { s.close() }
    let screen = try s.waitFor(text: "probe 60x15 ascii=false mono=false")
    #expect(line(screen, 1) == "成渝城市群| X")  // "|" in column 10, X in column 12
    #expect(line(screen, 4) == "cut: 成渝…")
    #expect(line(screen, 14).hasSuffix("END"))  // the bottom-right cell is drawn
    let keys: [(send: String, shown: String)] = [
      ("j", "j"), ("C-d", "ctrl+d"), ("BTab", "shift+tab"), ("F5", "f5"), ("NPage", "pgdown"),
      ("Up", "up"), ("Escape", "esc"), ("C-c", "ctrl+c"), ("BSpace", "backspace"),
      ("Enter", "enter"), ("Home", "home"), ("DC", "delete"),
    ]
    for key in keys {
      try s.sendKeys(key.send)
      try s.waitFor(text: "last: \(key.shown)\n")
    }
    try s.sendLiteral("成")
    try s.waitFor(text: "last: 成\n")
    try s.sendKeys("C-l")
    try s.waitFor(text: "last: redraw")
    try s.sendKeys("q")
    try s.waitFor(text: "probe outcome: quit")
    #expect(try s.waitForExit() == 0)
  }

  @Test func resizeRepaintsAtTheNewSize() throws {
    let s = try probe()
    defer { s.close() }
    try s.waitFor(text: "probe 60x15")
    try s.resize(width: 40, height: 8)
    let screen = try s.waitFor(text: "probe 40x8")
    #expect(line(screen, 7).hasSuffix("END"))
    #expect(line(screen, 7).count == 40)
    #expect(line(screen, 1) == "成渝城市群| X")
    try s.sendKeys("q")
    #expect(try s.waitForExit() == 0)
  }

  @Test func colourAndMonochromeThemes() throws {
    let colour = try probe()
    defer { colour.close() }
    try colour.waitFor(text: "probe 60x15")
    let colourScreen = try colour.capture(escapes: true)
    #expect(colourScreen.contains(colourSGR))
    try colour.sendKeys("q")

    let mono = try probe(environment: ["NO_COLOR": "1"])
    defer { mono.close() }
    try mono.waitFor(text: "mono=true")
    let monoScreen = try mono.capture(escapes: true)
    #expect(!monoScreen.contains(colourSGR), "\(monoScreen)")
    #expect(monoScreen.contains("\u{1B}[7m"))  // selection and bars in reverse video
    try mono.sendKeys("q")
  }

  @Test func localeWithoutUTF8FallsBackAndStillDrawsCJK() throws {
    let s = try probe(environment: ["LANG": "C"])
    defer { s.close() }
    let screen = try s.waitFor(text: "probe 60x15 ascii=false")
    #expect(line(screen, 1) == "成渝城市群| X")
    try s.sendKeys("q")
    #expect(try s.waitForExit() == 0)
  }

  @Test func withoutAnyUTF8LocaleOnlyASCIIReachesTheTerminal() throws {
    let s = try probe(environment: ["LANG": "C", "CHENGYU_NCURSES_PROBE": "ascii"])
    defer { s.close() }
    let screen = try s.waitFor(text: "probe 60x15 ascii=true")
    #expect(line(screen, 1) == "??????????| X")  // each wide cell becomes "??", columns kept
    #expect(line(screen, 4) == "cut: ?????")  // "…" is not ASCII either: the app passes "..."
    let onlyASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(onlyASCII, "\(screen)")
    try s.sendKeys("q")
    #expect(try s.waitForExit() == 0)
  }

  @Test func sigtermEndsTheLoopAndRestoresTheTerminal() throws {
    let s = try probe()
    defer { s.close() }
    try s.waitFor(text: "probe 60x15")
    kill(try s.programPID(), SIGTERM)
    try s.waitFor(text: "probe outcome: hangup")
    #expect(try s.waitForExit() == 0)
  }

  @Test func unknownTerminalTypeIsNamedInTheMessage() throws {
    let s = try probe(width: 150, environment: ["TERM": "xterm-bogus"])
    defer { s.close() }
    let screen = try s.waitFor(text: "probe error:")
    #expect(screen.contains("'xterm-bogus'"))
    #expect(try s.waitForExit() == 0)
  }

  @Test func aCrashRestoresTheTerminal() throws {
    let s = try probe(
      environment: ["SWIFT_BACKTRACE": "enable=no"],
      wrapper: "\"$0\" \"$@\"; echo \"exit=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo; read x")
    defer { s.close() }
    try s.waitFor(text: "probe 60x15")
    try s.sendKeys("!")
    // 128 + SIGILL (a Swift trap), then the tty modes the shell got back.
    let screen = try s.waitFor(timeout: 10, "exit status and stty modes") {
      $0.contains("exit=") && $0.contains("echo")
    }
    #expect(screen.contains("exit=132\nicanon echo\n"), "\(screen)")
  }
}

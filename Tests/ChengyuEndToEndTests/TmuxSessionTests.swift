import Foundation
import Testing

/// Proves the tmux driver itself on plain shell commands; explorer tests build on it.
@Suite(.enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct TmuxSessionTests {
  @Test func capturesCJKTypesTextAndReadsExitStatus() throws {
    let session = try TmuxSession(
      command: ["sh", "-c", "printf '成渝城市群 ready\\n'; read line; echo \"got:$line\"; read end; exit 3"],
      width: 40, height: 10)
    defer { session.close() }
    try session.waitFor(text: "成渝城市群 ready")
    try session.sendLiteral("成都 ok")
    try session.sendKeys("Enter")
    let screen = try session.waitFor(text: "got:成都 ok")
    #expect(screen.hasPrefix("成渝城市群 ready\n成都 ok\ngot:成都 ok\n"), "\(screen)")
    try session.sendKeys("Enter")
    #expect(try session.waitForExit() == 3)
  }

  @Test func resizeReachesTheProgramAndLinesColumnsAreStripped() throws {
    let session = try TmuxSession(
      command: ["sh", "-c", "echo \"env:${LINES:-none}/${COLUMNS:-none} $LANG\"; read a; stty size; read b"],
      width: 50, height: 10, environment: ["NO_COLOR": "1"])
    defer { session.close() }
    try session.waitFor(text: "env:none/none C.UTF-8")
    try session.resize(width: 60, height: 20)
    try session.sendKeys("Enter")
    try session.waitFor(text: "20 60")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 130)  // 128 + SIGINT
  }

  @Test func waitForFailsWithTheScreenInTheMessage() throws {
    let session = try TmuxSession(command: ["sh", "-c", "echo hello; sleep 30"], width: 30, height: 4)
    defer { session.close() }
    try session.waitFor(text: "hello")
    do {
      try session.waitFor(text: "never shown", timeout: 0.3)
      Issue.record("waitFor should have timed out")
    } catch let failure as TmuxSession.Failure {
      #expect(failure.description.contains("never shown"))
      #expect(failure.description.contains("hello"))
    }
  }

  @Test func quotingSurvivesTheShell() {
    #expect(TmuxSession.quote("it's") == "'it'\\''s'")
  }

  @Test func chengyuBinaryIsFoundAmongBuildProducts() throws {
    let url = try TmuxSession.chengyuBinary()
    #expect(url.lastPathComponent == "chengyu")
    #expect(FileManager.default.isExecutableFile(atPath: url.path))
  }
}

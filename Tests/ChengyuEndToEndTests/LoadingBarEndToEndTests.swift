import Foundation
import Testing

/// The command line's loading bar in a real terminal: `chengyu stats` on a big folder draws it on
/// stderr while loading and erases it before printing, so no bar line is left behind. The hidden
/// `CHENGYU_LOADING_BAR_DELAY_MS=0` makes the bar show however fast the build loads; with stderr
/// not a terminal there is no bar.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct LoadingBarEndToEndTests {
  @Test func theBarShowsWhileLoadingAndLeavesNoLine() throws {
    let dir = try ExplorerLoadingTests.corpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    let binary = try TmuxSession.chengyuBinary().path
    // stderr to a file, not a terminal: the same load and zero delay write not a byte of the bar.
    let (status, piped) = try Spawn.run(
      ["/bin/sh", "-c", "\"$0\" stats --data \"$1\" 2>&1", binary, dir.path],
      environment: ["CHENGYU_LOADING_BAR_DELAY_MS": "0"])
    #expect(status == 0)
    #expect(!piped.contains("loading") && !piped.contains("\u{1B}"))
    let report = Self.lines(piped)

    // A pane tall enough for the whole report, so nothing scrolls away.
    let session = try TmuxSession(
      command: [binary, "stats", "--data", dir.path], width: 120, height: report.count + 4,
      environment: ["CHENGYU_LOADING_BAR_DELAY_MS": "0"])
    defer { session.close() }
    let loading = try session.waitFor(timeout: 60, "the loading bar") { $0.contains("loading [") && $0.contains("%") }
    let bar = try #require(loading.split(separator: "\n").first { $0.contains("loading [") })
    #expect(bar.hasPrefix("loading [") && bar.hasSuffix("%"))
    #expect(try session.waitForExit(timeout: 120) == 0)
    // The report starts on the first line, where the bar was, and is all there is: no bar text
    // and no empty line left behind. Read with the lines scrolled away: tmux's own "Pane is
    // dead" line (remain-on-exit) scrolls the pane by one; it is set aside.
    let screen = try session.capture(history: true)
    let shown = Self.lines(
      screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Pane is dead") }
        .joined(separator: "\n"))
    #expect(shown == report, "\(screen)")
  }

  /// Lines without trailing blanks, and without the empty lines at the end.
  private static func lines(_ text: String) -> [String] {
    let all = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    return Array(all.reversed().drop { $0.isEmpty }.reversed())
  }
}

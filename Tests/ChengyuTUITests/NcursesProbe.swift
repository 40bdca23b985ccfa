import ChengyuNcurses
import ChengyuTUI
import Glibc
import Testing

/// A small program run on the real terminal by the end-to-end tests (NcursesBackendTests),
/// which start this test runner inside tmux with CHENGYU_NCURSES_PROBE=1. Skipped otherwise.
private struct ProbeProgram: TUIProgram {
  var size = Size(width: 0, height: 0)
  var last = "none"
  var events = 0
  let asciiMode: Bool
  let monochrome: Bool

  mutating func handle(_ event: InputEvent) -> ProgramStep {
    events += 1
    switch event {
    case .resize(let s): size = s
    case .key(.char("q")): return .quit
    case .key(.char("!")): fatalError("probe crash on request")
    case .key(.ctrl("l")):
      last = "redraw"
      return .redraw
    case .key(let k): last = k.description
    case .hangup, .timeout: break
    }
    return .continue
  }

  func render(into b: inout ScreenBuffer) {
    let w = b.size.width
    b.fill(b.area.row(0), style: .role(.title))
    b.put("probe \(size) ascii=\(asciiMode) mono=\(monochrome)", x: 0, y: 0, maxWidth: w,
          style: .role(.title))
    b.put("成渝城市群|", x: 0, y: 1, maxWidth: w, style: .role(.governance))
    b.put("X", x: 12, y: 1, maxWidth: 1, style: .role(.accent))  // absolute column after CJK
    b.put("last: \(last)", x: 0, y: 2, maxWidth: w, style: .plain)
    b.put("selected row", x: 0, y: 3, maxWidth: w, style: .role(.selection))
    b.put("cut: 成渝城市群", x: 0, y: 4, maxWidth: 11, style: .plain)
    b.put("END", x: w - 3, y: b.size.height - 1, maxWidth: 3, style: .role(.bar))
  }
}

@Suite struct NcursesProbe {
  static var enabled: Bool { getenv("CHENGYU_NCURSES_PROBE") != nil }
  /// CHENGYU_NCURSES_PROBE=ascii: no UTF-8 fallback locale, so LANG=C means ASCII mode.
  static var fallbacks: [String] {
    let mode = getenv("CHENGYU_NCURSES_PROBE").map { String(cString: $0) }
    return mode == "ascii" ? [] : TerminalSetup.defaultUTF8Fallbacks
  }

  @MainActor
  @Test(.enabled(if: NcursesProbe.enabled, "run by the tmux end-to-end tests only"))
  func ncursesProbe() {
    do {
      let outcome = try TerminalSession.run(utf8Fallbacks: NcursesProbe.fallbacks) { backend in
        ProbeProgram(asciiMode: backend.asciiMode, monochrome: backend.monochrome)
      }
      print("probe outcome: \(outcome)")
    } catch {
      print("probe error: \(error)")
    }
  }
}

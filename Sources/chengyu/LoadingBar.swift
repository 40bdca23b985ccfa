import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The command line's loading bar: drawn on stderr, only when stderr is a terminal and the
/// load has taken more than half a second, rewritten in place with a carriage return and erased
/// when the load ends. What it shows is `LoadingBarLine`'s (ChengyuCore, unit-tested); this is
/// only the terminal side.
///
/// `CHENGYU_LOADING_BAR_DELAY_MS` (hidden, for tests) replaces the half second.
final class LoadingBar {
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private let enabled: Bool
  private var line: LoadingBarLine

  init(language: Language) {
    start = clock.now
    enabled = isatty(2) == 1
    line = LoadingBarLine(language: language, delay: Self.delay)
  }

  /// The delay from the environment, else the default.
  private static var delay: Duration {
    guard let raw = getenv("CHENGYU_LOADING_BAR_DELAY_MS"), let ms = Int(String(cString: raw)), ms >= 0 else {
      return LoadingBarLine.defaultDelay
    }
    return .milliseconds(ms)
  }

  /// Called with the share done as the load goes; redraws when the percentage changes.
  func update(_ fraction: Double) {
    guard enabled, let text = line.update(fraction, elapsed: clock.now - start) else { return }
    write("\r" + text + "\u{1B}[K")
  }

  /// Erases the bar, if one was drawn.
  func finish() {
    if line.drawn { write("\r\u{1B}[K") }
  }

  private func write(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
  }
}

import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The command line's loading bar: drawn on stderr, only when stderr is a terminal and the
/// load has taken more than half a second (a small folder loads without a flicker), rewritten
/// in place with a carriage return and erased when the load ends.
final class LoadingBar {
  /// Loads that end sooner show no bar.
  static let delay: Duration = .milliseconds(500)
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private let language: Language
  private let enabled: Bool
  private var shown = -1

  init(language: Language) {
    start = clock.now
    self.language = language
    enabled = isatty(2) == 1
  }

  /// The bar's text for a share done: "loading [#########           ] 45%".
  static func text(_ fraction: Double, language: Language, width: Int = 30) -> String {
    let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded(.down))
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "]"
    return WorkMsg.loadingBar.text(language, "\(bar) \(Int(fraction * 100))%")
  }

  /// Called with the share done as the load goes; redraws when the percentage changes.
  func update(_ fraction: Double) {
    guard enabled, clock.now - start > Self.delay else { return }
    let percent = Int(fraction * 100)
    guard percent != shown else { return }
    shown = percent
    write("\r" + Self.text(fraction, language: language) + "\u{1B}[K")
  }

  /// Erases the bar, if one was drawn.
  func finish() {
    if shown >= 0 { write("\r\u{1B}[K") }
  }

  private func write(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
  }
}

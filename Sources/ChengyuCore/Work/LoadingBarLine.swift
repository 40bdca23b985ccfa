/// What the command line's loading bar shows, without the terminal: which line to draw for a
/// share done and the time since the load began, or nothing (too early, or the same
/// percentage as the last line). The executable's `LoadingBar` writes the lines to stderr, in
/// place, and erases the last one (LoadingBarLineTests; tmux: LoadingBarEndToEndTests).
public struct LoadingBarLine: Sendable {
  /// Loads that end sooner show no bar: a small folder loads without a flicker.
  public static let defaultDelay: Duration = .milliseconds(500)

  public let language: Language
  /// Cells between the brackets.
  public let width: Int
  /// No line before this much time has passed.
  public let delay: Duration
  /// The percentage of the last line drawn; -1 before the first.
  public private(set) var shown = -1

  public init(language: Language, width: Int = 30, delay: Duration = defaultDelay) {
    self.language = language
    self.width = max(1, width)
    self.delay = delay
  }

  /// True once a line was drawn, so the bar must be erased at the end.
  public var drawn: Bool { shown >= 0 }

  /// The line for `fraction` (0…1) done after `elapsed`, or nil when nothing is to be redrawn.
  public mutating func update(_ fraction: Double, elapsed: Duration) -> String? {
    guard elapsed > delay else { return nil }
    let percent = Self.percent(fraction)
    guard percent != shown else { return nil }
    shown = percent
    return Self.text(fraction, language: language, width: width)
  }

  /// The bar's text for a share done: "loading [#########           ] 30%" (正在载入 in Chinese).
  /// Shares outside 0…1 are clamped.
  public static func text(_ fraction: Double, language: Language, width: Int = 30) -> String {
    let width = max(1, width)
    let filled = Int((clamped(fraction) * Double(width)).rounded(.down))
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "]"
    return WorkMsg.loadingBar.text(language, "\(bar) \(percent(fraction))%")
  }

  private static func clamped(_ fraction: Double) -> Double { fraction.isNaN ? 0 : min(1, max(0, fraction)) }
  private static func percent(_ fraction: Double) -> Int { Int(clamped(fraction) * 100) }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real explorer in Chinese: a Chinese locale (or `--lang zh` where this system has no
/// zh_CN.UTF-8 locale) opens on the 城市 tab with `q 退出` in the hint bar; `--lang en` forces
/// English under the same locale.
@Suite(.enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct ExplorerChineseTests {
  /// True when this system can set `name` as its locale.
  private static func hasLocale(_ name: String) -> Bool {
    guard let loc = newlocale(LC_CTYPE_MASK, name, nil) else { return false }
    freelocale(loc)
    return true
  }

  /// The environment and arguments that ask for Chinese the way a user would here.
  private static var chinese: (environment: [String: String], arguments: [String]) {
    hasLocale("zh_CN.UTF-8") ? (["LANG": "zh_CN.UTF-8"], []) : (["LANG": "C.UTF-8"], ["--lang", "zh"])
  }

  @Test func chineseOpensOnTheCitiesTabWithQuitHint() throws {
    let (environment, arguments) = Self.chinese
    let e = try ExplorerDriver(environment: environment, arguments: arguments)
    defer { e.close() }
    let screen = try e.settle("the Chinese cities screen") { $0.contains("q 退出") && $0.contains("城市") }
    let lines = ExplorerDriver.trimmed(screen)
    #expect(lines[0].contains("1 城市") && lines[0].contains("7 帮助"))
    #expect(lines[1].contains("筛选："))
    #expect(lines[2].contains("省份") && lines[2].contains("加权度"))
    #expect(lines.last?.hasSuffix("q 退出") == true)
    // Rows keep to Chinese at 80 columns: 地级, no pinyin or English level.
    #expect(lines.contains { $0.contains("成都市") && $0.contains("地级") && !$0.contains("Chengdu") })
    try e.session.sendKeys("q")
    try e.settle("the explorer to exit") { $0.contains("explorer exited 0") }
  }

  @Test func langEnForcesEnglishUnderAChineseLocale() throws {
    let (environment, _) = Self.chinese
    let e = try ExplorerDriver(environment: environment.merging(["LC_MESSAGES": "zh_CN.UTF-8"]) { a, _ in a },
                               arguments: ["--lang", "en"])
    defer { e.close() }
    let screen = try e.waitForCities()
    #expect(screen.contains("1 Cities") && !screen.contains("退出"))
    try e.session.sendKeys("q")
    try e.settle("the explorer to exit") { $0.contains("explorer exited 0") }
  }
}

import Foundation
import Testing

/// The real explorer in tmux at 80×24: the flow a user follows, each step checked against the
/// command line (`chengyu stats`, `chengyu show`) or the headless rendering of the same keys.
@Suite(.enabled(if: TmuxSession.shouldRun, "needs tmux (required when CI=true)"))
struct ExplorerEndToEndTests {
  @Test func startsOnTheCitiesMovesOpensACityAndGoesBack() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    // The real terminal shows exactly the frame the headless backend renders.
    let rendered = try ExplorerDriver.headless(width: 80, height: 24)
    let first = try e.settle("the headless first frame") { ExplorerDriver.trimmed($0) == rendered }
    #expect(first.contains("成都") && first.contains("重庆"), "\(first)")
    #expect(ExplorerDriver.headerCounts(first) == (try ExplorerDriver.expectedCounts()))

    #expect(try e.selectedLine() == 3)
    try e.session.sendKeys("j")
    try e.session.waitFor("selection on line 4") { _ in (try? e.selectedLine()) == 4 }
    try e.session.sendKeys("Down")
    try e.session.waitFor("selection on line 5") { _ in (try? e.selectedLine()) == 5 }
    try e.session.sendKeys("k", "Up")
    try e.session.waitFor("selection back on line 3") { _ in (try? e.selectedLine()) == 3 }
    try e.session.sendKeys("Down", "j")
    try e.session.waitFor("selection on line 5 again") { _ in (try? e.selectedLine()) == 5 }
    let selected = try #require(
      ExplorerDriver.line(try e.session.capture(), 5).split(separator: " ").first.map(String.init))

    let city = try e.press("Enter", what: "the city screen") { $0.contains("Partner") }
    #expect(ExplorerDriver.line(city, 2).hasPrefix(" \(selected) "), "\(city)")
    try expectPartners(of: selected, on: city)

    let back = try e.press("Escape", what: "the cities again") { $0.contains("Pinyin") }
    #expect(back == (try e.session.capture()))
    #expect(try e.selectedLine() == 5)  // the selection survives the round trip
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  /// The partner rows on screen are the first partners `chengyu show` lists, with their weights
  /// and family counts.
  private func expectPartners(of name: String, on screen: String) throws {
    let result = try ExplorerDriver.cli(["show", name, "--json"])
    try #require(result.status == 0, "\(result.output)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let partners = try #require(json["partners"] as? [[String: Any]])
    let expected = partners.map { p in
      let g = p["governance"] as? Int ?? 0, c = p["collaboration"] as? Int ?? 0
      let mech = [g > 0 ? "G\(g)" : nil, c > 0 ? "C\(c)" : nil].compactMap { $0 }.joined(separator: " ")
      return "\(p["name_zh"] as? String ?? "?") \(p["weight"] as? Int ?? -1) \(mech)"
    }
    let lines = ExplorerDriver.trimmed(screen)
    let rows = lines[4..<(lines.count - 1)].map { line in
      (line.split(separator: "│").first ?? "").split(separator: " ").joined(separator: " ")
    }.filter { !$0.isEmpty }
    #expect(!rows.isEmpty)
    #expect(Array(expected.prefix(rows.count)) == rows, "\(screen)")
  }

  @Test func mechanismFilterChangesTheHeaderAndTheCountsLikeTheCLI() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    let all = try e.waitForCities()
    #expect(ExplorerDriver.line(all, 1).contains("all mechanisms"))
    let steps: [(family: String, options: [String])] = [
      ("governance", ["--family", "governance"]),
      ("collaboration", ["--family", "collaboration"]),
      ("all mechanisms", []),
    ]
    for step in steps {
      let expected = try ExplorerDriver.expectedCounts(step.options)
      let screen = try e.press("m", what: "the header to show \(step.family)") {
        ExplorerDriver.line($0, 1).contains(step.family)
      }
      #expect(ExplorerDriver.headerCounts(screen) == expected, "\(step.family): \(ExplorerDriver.line(screen, 1))")
    }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func searchesInChineseAndInPinyin() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    try e.session.sendKeys("/")
    try e.session.sendLiteral("遂宁")
    let chinese = try e.settle("the prompt with 遂宁") { ExplorerDriver.line($0, 23).hasPrefix("/遂宁") }
    #expect(ExplorerDriver.line(chinese, 3).hasPrefix("遂宁"), "\(chinese)")
    #expect(ExplorerDriver.line(chinese, 4) == "")
    try e.press("Escape", what: "the full list") { ExplorerDriver.line($0, 4) != "" }

    try e.session.sendKeys("/")
    try e.session.sendLiteral("suining")
    try e.session.sendKeys("Enter")
    let pinyin = try e.settle("the kept search in the header") { ExplorerDriver.line($0, 1).contains("/suining") }
    #expect(ExplorerDriver.line(pinyin, 3).hasPrefix("遂宁"), "\(pinyin)")
    #expect(ExplorerDriver.line(pinyin, 4) == "")
    #expect(ExplorerDriver.trimmed(pinyin)
      == (try ExplorerDriver.headless(keys: "/ type:suining enter", width: 80, height: 24)))
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func timelineShowsTheCLIsYearlyCounts() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    let timeline = try e.press("5", what: "the timeline") { $0.contains("Agreements per year") }
    let years = try #require(try ExplorerDriver.stats()["years"] as? [[String: Any]])
    var shown = 0
    for line in ExplorerDriver.trimmed(timeline) {
      guard let m = line.firstMatch(of: /^  (\d{4}) .*?(\d+)  G(\d+) C(\d+)\s+◆(\d+)$/) else { continue }
      let year = try #require(years.first { $0["year"] as? Int == Int(m.1) }, "year \(m.1)")
      #expect([Int(m.2), Int(m.3), Int(m.4), Int(m.5)]
        == [year["agreements"], year["governance"], year["collaboration"], year["policies"]].map { $0 as? Int })
      shown += 1
    }
    #expect(shown == years.count, "\(timeline)")
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func resizeRelaysOutAndHelpListsTheKeys() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    let wide = try e.waitForCities()
    try e.session.resize(width: 60, height: 20)
    let small = try ExplorerDriver.headless(width: 60, height: 20)
    try e.session.waitFor("the 60×20 layout") { ExplorerDriver.trimmed($0) == small }
    try e.session.resize(width: 80, height: 24)
    // Back at 80×24 the screen is the first frame again: nothing stale from the small layout.
    try e.session.waitFor("the 80×24 layout again") { $0 == wide }

    let help = try e.press("?", what: "the help screen") { $0.contains("move-down") }
    #expect(help.contains(" Moving"))
    #expect(ExplorerDriver.trimmed(help) == (try ExplorerDriver.headless(keys: "?", width: 80, height: 24)))
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }
}

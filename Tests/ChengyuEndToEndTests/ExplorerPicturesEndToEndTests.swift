import Foundation
import Testing

/// The Map and Graph screens in a real terminal (tmux): the map is the headless frame, the
/// selection moves, zoom and Enter work, a resize re-lays it out, and the graph, laid out on a
/// background thread, appears without a key.
@Suite(.serialized) struct ExplorerPicturesEndToEndTests {
  @Test func mapMovesZoomsOpensACityAndRelaysOutOnResize() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    for keys in ["8", "8 l", "8 l +"] {
      let expected = try ExplorerDriver.headless(keys: keys, width: 80, height: 24)
      try e.session.sendKeys(String(keys.split(separator: " ").last!))
      try e.session.waitFor("the headless frame after \(keys)") { ExplorerDriver.trimmed($0) == expected }
    }
    try e.session.resize(width: 100, height: 30)
    let wide = try ExplorerDriver.headless(keys: "8 l +", width: 100, height: 30)
    try e.session.waitFor("the map laid out at 100×30") { ExplorerDriver.trimmed($0) == wide }
    let selected = try #require(ExplorerDriver.line(try e.session.capture(), 2).split(separator: " ").dropFirst(5).first)
    let city = try e.press("Enter", what: "the city screen") { $0.contains("Partner") }
    #expect(ExplorerDriver.line(city, 2).hasPrefix(" \(selected.dropLast())"), "\(city)")
    try e.press("Escape", what: "the map again") { $0.contains("1 cell") }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }

  @Test func graphAppearsWhenItsBackgroundLayoutIsDone() throws {
    let e = try ExplorerDriver()
    defer { e.close() }
    try e.waitForCities()
    try e.session.sendKeys("9")
    let expected = try ExplorerDriver.headless(keys: "9", width: 80, height: 24)
    // No further key: the run loop's timer delivers the finished layout.
    try e.session.waitFor("the laid-out graph") { ExplorerDriver.trimmed($0) == expected }
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
  }
}

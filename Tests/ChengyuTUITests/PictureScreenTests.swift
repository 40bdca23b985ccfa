import ChengyuCore
import ChengyuTUI
import Foundation
import Testing

@testable import ChengyuTUI

/// The Map, Graph and Matrix screens in the explorer: keys, selection, camera, growth, the
/// graph laid out off the key path, and snapshots of the whole frame.
@Suite struct PictureScreenTests {
  static let map = ScreenID.of(.map), graph = ScreenID.of(.graph), matrix = ScreenID.of(.matrix)
  static let layout = GraphLayout(filter: Filter(), picture: NetworkPicture.graph(embedded.view(Filter()))!)

  static let screens: [(String, [Action])] = [
    ("map", [.show(map)]),
    ("map_zoomed", [.show(map), .picture(.zoom(2)), .picture(.move(.right))]),
    ("graph", [.show(graph), .picture(.layoutFinished(layout))]),
    ("graph_laying_out", [.show(graph), .picture(.layoutProgress(0.4))]),
    ("matrix", [.show(matrix), .move(1), .picture(.move(.right))]),
  ]

  @Test(arguments: screens)
  func screen(_ screen: (String, [Action])) {
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      assertSnapshot(frame(explorer(size, screen.1)), named: "\(screen.0)_\(size.width)x\(size.height)")
    }
  }

  @Test func userGuideCapturesMatchTheSnapshots() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/user-guide.md")
    let guide = try String(contentsOf: docs, encoding: .utf8)
    for name in ["map_zoomed", "graph", "matrix"] {
      #expect(guide.contains("```text\n" + (try snapshotText("\(name)_80x24")) + "```"), "capture \(name) in docs/user-guide.md is stale")
    }
  }

  @Test func arrowsSelectTheNearestCityInThatDirection() {
    var s = explorer([.show(Self.map)])
    let start = s.selectedNode(.map)!
    for (action, direction) in [(Action.picture(.move(.right)), DirectionPick.Direction.right), (.move(1), .down),
                                (.picture(.move(.left)), .left), (.move(-1), .up)] {
      let before = s.selectedNode(.map)!
      let dots = s.pictureView(.map)!.dotPositions(for: PictureScreen.canvas(s))
      _ = reduce(&s, action)
      let after = s.selectedNode(.map)!
      #expect(after == DirectionPick.nearest(from: before, toward: direction, in: dots) ?? before)
      if after != before {
        let (a, b) = (dots[before], dots[after])
        switch direction {
        case .right: #expect(b.x > a.x)
        case .left: #expect(b.x < a.x)
        case .down: #expect(b.y > a.y)
        case .up: #expect(b.y < a.y)
        }
      }
    }
    #expect(s.selectedNode(.map) != nil && start >= 0)
    // The selection is a city, so it survives a filter change that keeps the city.
    let city = s.view.graph.nodes[s.selectedNode(.map)!]
    _ = reduce(&s, .toggleCrossBorder)
    if let node = s.view.nodeOf[city] { #expect(s.selectedNode(.map) == node) }
  }

  @Test func keysZoomPanFitAndEnterOpensTheCity() {
    var s = explorer([.show(Self.map)])
    let key = { (name: String) in ExplorerProgram.action(for: Key(name)!, in: s) }
    #expect(key("+") == .picture(.zoom(2)) && key("-") == .picture(.zoom(0.5)) && key("0") == .picture(.fit))
    #expect(key("H") == .picture(.pan(dx: -0.25, dy: 0)) && key("l") == .picture(.move(.right)) && key("p") == .picture(.play))
    #expect(key("j") == .move(1))  // the global move, which selects southwards here
    #expect(key("shift+left") == key("H") && key("shift+right") == key("L"))
    #expect(key("shift+up") == key("K") && key("shift+down") == key("J"))
    _ = reduce(&s, .picture(.zoom(2)))
    #expect(s.pictures.cameras[.map]?.zoom == 2)
    let before = s.pictureView(.map)!.viewport(for: PictureScreen.canvas(s)).center
    _ = reduce(&s, .picture(.pan(dx: 0.25, dy: 0)))
    let after = s.pictureView(.map)!.viewport(for: PictureScreen.canvas(s)).center
    #expect(after.x > before.x && after.y == before.y)  // east
    _ = reduce(&s, .picture(.fit))
    #expect(s.pictures.cameras[.map] == PictureCamera())
    let city = s.view.graph.nodes[s.selectedNode(.map)!]
    _ = reduce(&s, .open)
    #expect(s.screen == .city(city))
    // The scale follows the zoom.
    var z = explorer([.show(Self.map)])
    let km = z.pictureView(.map)!.kmPerCell(for: PictureScreen.canvas(z))!
    _ = reduce(&z, .picture(.zoom(2)))
    #expect(abs(z.pictureView(.map)!.kmPerCell(for: PictureScreen.canvas(z))! - km / 2) < 1e-9)
  }

  @Test func matrixCursorNamesThePairAndEnterOpensTheTie() {
    var s = explorer([.show(Self.matrix)])
    let data = s.model.pictures!.matrix
    // Walk right along the first row to its first tie.
    var column = 1
    while data.weight(row: 0, column: column) == 0 { column += 1 }
    for _ in 1..<column { _ = reduce(&s, .picture(.move(.right))) }
    #expect(s.matrixCursor() == (0, column))
    let text = frame(s).lines
    let (a, b) = (s.view.city(node: data.order[0]), s.view.city(node: data.order[column]))
    #expect(text[22].hasPrefix("\(NetworkPicture.shortName(a.nameZh)) – \(NetworkPicture.shortName(b.nameZh)): "))
    _ = reduce(&s, .open)
    let (ia, ib) = (s.dataset.cityIndex[a.id]!, s.dataset.cityIndex[b.id]!)
    #expect(s.screen == .tie(min(ia, ib), max(ia, ib)))
    var none = explorer([.show(Self.matrix), .picture(.move(.left))])  // the diagonal: no tie
    _ = reduce(&none, .open)
    #expect(none.screen == Self.matrix)
  }

  @Test func playingStepsThroughTheYearsAndAnyKeyStops() {
    var s = explorer([.show(Self.map), .picture(.play)])
    let years = s.model.pictures!.years!
    #expect(s.pictures.playYear == years.lowerBound && s.isPlaying)
    _ = reduce(&s, .picture(.tick))
    #expect(s.pictures.playYear == years.lowerBound + 1)
    #expect(frame(s).lines[22].hasPrefix("to \(years.lowerBound + 1)"))
    let selected = s.selectedNode(.map)
    _ = reduce(&s, .picture(.move(.right)))  // any key: stops, and does nothing else
    #expect(!s.isPlaying && s.selectedNode(.map) == selected)
    #expect(s.status == "Growth stopped at \(years.lowerBound + 1)")
    var t = explorer([.show(Self.map), .picture(.play)])
    for _ in years { _ = reduce(&t, .picture(.tick)) }
    #expect(!t.isPlaying && t.status == "Growth played to \(years.upperBound)")
  }

  @MainActor @Test func theGraphIsLaidOutOffTheKeyPathWithProgress() async throws {
    var program = ExplorerProgram(dataset: embedded)
    program.backgroundLayout = true
    _ = program.handle(.resize(Size(width: 80, height: 24)))
    // The first model's slow parts run off the key path too; once they are in, the program idles.
    for _ in 0..<400 where program.wakeAfter() != nil {
      try await Task.sleep(for: .milliseconds(20))
      _ = program.handle(.timeout)
    }
    #expect(program.wakeAfter() == nil)  // idle: no timer at all
    _ = program.handle(.key(.char("9")))
    #expect(program.state.screen == Self.graph)
    #expect(program.wakeAfter() == .milliseconds(50))  // polling the running layout
    var b = ScreenBuffer(size: Size(width: 80, height: 24))
    program.render(into: &b)
    #expect(b.lines.joined().contains("Laying out"))
    _ = program.handle(.key(.char("m")))  // keys still work meanwhile: a new filter, a new layout
    #expect(program.state.filter.families == [.governance])
    for _ in 0..<400 where program.state.picture(for: .graph) == nil {
      try await Task.sleep(for: .milliseconds(20))
      _ = program.handle(.timeout)
    }
    #expect(program.state.pictures.graph?.filter == program.state.filter)
    for _ in 0..<400 where program.wakeAfter() != nil {
      try await Task.sleep(for: .milliseconds(20))
      _ = program.handle(.timeout)
    }
    #expect(program.wakeAfter() == nil)
    var done = ScreenBuffer(size: Size(width: 80, height: 24))
    program.render(into: &done)
    #expect(done.lines[22].hasPrefix("● 四川"))
    // The same layout as computed at once, for the same filter and seed.
    #expect(program.state.pictures.graph?.picture == NetworkPicture.graph(program.state.view))
  }

  @Test func asciiModeShowsPinyinOnTheMap() {
    let s = explorer(Size(width: 80, height: 24), ascii: true, [.show(Self.map)])
    let text = frame(s).lines.joined()
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(text.contains("@") && text.contains("o Sichuan"))
  }
}

import ChengyuCore
import ChengyuTUI
import Testing

/// The map, graph and matrix widgets on the embedded data, compared with committed snapshots at
/// 80×24 and 120×40: the glyphs (all a monochrome terminal shows) with the colour roles of every
/// styled run, and the ASCII rendering.
@Suite struct PictureSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
  static let view = embedded.view(Filter())
  static let map = NetworkPicture.map(view)
  static let graph = NetworkPicture.graph(view)!
  static let chengdu = view.nodeOf[cityIndex("chengdu")]!
  static let communities = MatrixOrder.partition(of: view)!

  static func draw(_ name: String, ascii: Bool, into b: inout ScreenBuffer) {
    switch name {
    case "map": PictureView(picture: map, selected: chengdu, ascii: ascii).render(in: b.area, into: &b)
    case "map_zoomed":
      PictureView(picture: map, camera: PictureCamera(zoom: 3), selected: chengdu, ascii: ascii).render(in: b.area, into: &b)
    case "graph": PictureView(picture: graph, selected: chengdu, ascii: ascii).render(in: b.area, into: &b)
    case "map_communities", "graph_communities":
      var w = PictureView(picture: name == "map_communities" ? map : graph, selected: chengdu, ascii: ascii)
      w.communities = communities
      w.render(in: b.area, into: &b)
    default:
      let data = MatrixData(map)
      MatrixView(picture: map, data: data, cursor: (data.position[chengdu], 0), ascii: ascii)
        .render(in: b.area, into: &b)
    }
  }

  @Test(arguments: ["map", "map_zoomed", "graph", "matrix", "map_communities", "graph_communities"])
  func picture(_ name: String) {
    for size in Self.sizes {
      var b = ScreenBuffer(size: size)
      Self.draw(name, ascii: false, into: &b)
      assertSnapshot(b, named: "picture_\(name)_\(size.width)x\(size.height)")  // glyphs and colour roles
      var a = ScreenBuffer(size: size)
      Self.draw(name, ascii: true, into: &a)
      assertSnapshot(a.lines, named: "picture_\(name)_ascii_\(size.width)x\(size.height)")
      #expect(a.lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }
  }
}

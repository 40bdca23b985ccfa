import ChengyuCore
import Testing

@testable import ChengyuTUI

/// The braille canvas, the map/graph widget and the matrix widget, on the picture fixture.
@Suite struct PictureWidgetTests {
  static func render(_ draw: (Rect, inout ScreenBuffer) -> Void, _ size: Size = Size(width: 80, height: 24)) -> ScreenBuffer {
    var b = ScreenBuffer(size: size)
    draw(b.area, &b)
    return b
  }

  /// Column and row of the cell drawn for a node.
  static func cell(_ view: PictureView, _ node: Int, _ area: Rect) -> (x: Int, y: Int) {
    let p = view.dotPositions(for: area)[node]
    return (Int(p.x) / 2, Int(p.y) / 4)
  }

  @Test func citiesLandInTheRightCells() {
    let pic = NetworkPicture.map(PictureFixture.view)
    let view = PictureView(picture: pic)
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      let b = Self.render({ view.render(in: $0, into: &$1) }, size)
      let at = { (id: String) in Self.cell(view, PictureFixture.node(id), b.area) }
      #expect(at("chengdu").x < at("chongqing").x, "成都 west of 重庆")
      #expect(at("guangyuan").y < at("luzhou").y, "广元 north of 泸州")
      // The marker glyph is in that cell: ● for the largest province group (Sichuan), ■ for Chongqing.
      #expect(b[x: at("chengdu").x, y: at("chengdu").y].grapheme == "●")
      #expect(b[x: at("chongqing").x, y: at("chongqing").y].grapheme == "■")
      #expect(b.lines.joined().contains("成都") && b.lines.joined().contains("广元"))
      // The legend names the glyphs and the scale.
      #expect(b.lines[size.height - 1].hasPrefix("● 四川  ■ 重庆"))
      #expect(b.lines[size.height - 1].contains(" km"))
    }
  }

  @Test func brailleLinesSetTheRightDots() {
    var c = BrailleCanvas(width: 4, height: 2, ascii: false)
    c.line(from: (0, 1), to: (7, 1), style: .plain)
    c.line(from: (0, 4), to: (0, 7), style: .plain)
    c.line(from: (4, 4), to: (7, 7), style: .plain, every: 2)
    var b = ScreenBuffer(size: Size(width: 4, height: 2))
    c.render(in: b.area, into: &b)
    #expect(b.lines == ["⠒⠒⠒⠒", "⡇ ⠁⠄"])  // the dotted diagonal keeps every other dot
    // ASCII mode keeps the geometry and shows the slope.
    var a = BrailleCanvas(width: 6, height: 3, ascii: true)
    a.line(from: (0, 0), to: (11, 0), style: .plain)
    a.line(from: (0, 4), to: (0, 11), style: .plain)
    a.line(from: (2, 4), to: (5, 11), style: .plain, stroke: .heavy)
    var ab = ScreenBuffer(size: Size(width: 6, height: 3))
    a.render(in: ab.area, into: &ab)
    #expect(ab.lines == ["------", "|#    ", "| #   "])
  }

  @Test func linesFarOutsideAreClippedAndLabelsComeLast() {
    var c = BrailleCanvas(width: 3, height: 1, ascii: false)
    c.line(from: (-1e9, 2), to: (1e9, 2), style: .plain)  // crosses: clipped, not walked
    c.line(from: (1e6, 1e6), to: (2e6, 2e6), style: .plain)  // misses the canvas
    c.line(from: (.nan, 0), to: (1, 1), style: .plain)
    c.marker(atDot: 2, 0, glyph: "●", style: .plain)
    c.label("AB", x: 1, y: 0, style: .plain)
    var b = ScreenBuffer(size: Size(width: 3, height: 1))
    c.render(in: b.area, into: &b)
    #expect(b.lines == ["⠤AB"])
  }

  @Test func labelsNeverOverlapAndTheMostCentralComeFirst() {
    // A crowded synthetic picture: 60 cities in a small square.
    var rng = SplitMix64(seed: 3)
    let view = PictureFixture.view
    var pic = NetworkPicture.map(view)
    let template = pic.nodes[0]
    pic.nodes = (0..<60).map { i in
      var n = template
      n.id = "c\(i)"
      n.label = "城市\(i)"
      n.rank = i
      n.position = PlanePoint(x: rng.unit() * 100, y: rng.unit() * 60)
      return n
    }
    pic.links = []
    for zoom in [1.0, 3.0] {
      let w = PictureView(picture: pic, camera: PictureCamera(zoom: zoom))
      let area = Rect(x: 0, y: 0, width: 60, height: 16)
      let placed = w.labelPlacements(in: area)
      for (i, a) in placed.enumerated() {
        for b in placed[(i + 1)...] where a.y == b.y {
          #expect(a.x + a.width < b.x || b.x + b.width < a.x, "\(a) touches \(b)")
        }
        let markers = pic.nodes.indices.map { Self.cell(w, $0, area) }
        #expect(!markers.contains { $0.y == a.y && $0.x >= a.x && $0.x < a.x + a.width }, "\(a) covers a marker")
      }
      // Placed in priority order; crowding leaves some out.
      #expect(placed.map(\.node) == placed.map(\.node).sorted())
      #expect(placed.count < 60 && placed.count > 5)
      let selected = PictureView(picture: pic, camera: PictureCamera(zoom: zoom), selected: 45).labelPlacements(in: area)
      if selected.contains(where: { $0.node == 45 }) { #expect(selected.first?.node == 45) }
    }
    let far = PictureView(picture: pic).labelPlacements(in: Rect(x: 0, y: 0, width: 60, height: 16)).count
    let near = PictureView(picture: pic, camera: PictureCamera(zoom: 4)).labelPlacements(in: Rect(x: 0, y: 0, width: 60, height: 16))
    // Zoomed in on the middle, the labels there get room: more of them per visible city.
    let visible = pic.nodes.indices.filter { i in
      let c = Self.cell(PictureView(picture: pic, camera: PictureCamera(zoom: 4)), i, Rect(x: 0, y: 0, width: 60, height: 15))
      return c.x >= 0 && c.x < 60 && c.y >= 0 && c.y < 15
    }
    #expect(Double(near.count) / Double(max(1, visible.count)) > Double(far) / 60)
  }

  @Test func aSparseMapLabelsEveryCity() {
    let w = PictureView(picture: NetworkPicture.map(PictureFixture.view))
    #expect(w.labelPlacements(in: Rect(x: 0, y: 0, width: 80, height: 24)).count == 5)
  }

  @Test func selectionAndItsTiesStandOutByGlyphAndLetter() {
    let pic = NetworkPicture.map(PictureFixture.view)
    let chengdu = PictureFixture.node("chengdu")
    let w = PictureView(picture: pic, selected: chengdu)
    let b = Self.render { w.render(in: $0, into: &$1) }
    let text = b.lines.joined()
    #expect(text.contains("◉"))
    #expect(text.contains("G"))  // 成都–重庆 and 成都–广元 are mostly governance
    #expect(b.lines.last!.contains("G/C family"))
    let c = Self.cell(w, chengdu, b.area)
    #expect(b[x: c.x, y: c.y].style == Styles.selection)
    // Colour adds the family role to the highlighted ties.
    #expect(b.cells.contains { $0.style.fg == .governance })
    // Without selection no letter is drawn.
    let plain = Self.render { PictureView(picture: pic).render(in: $0, into: &$1) }
    #expect(!plain.lines.dropLast().joined().contains("G"))
  }

  @Test func heavyTiesAreThickerThanLightOnes() {
    var pic = NetworkPicture.map(PictureFixture.view)
    for i in pic.nodes.indices { pic.nodes[i].label = "" }  // nothing printed over the lines
    let count = { (link: NetworkPicture.Link) -> Int in
      var one = pic
      one.links = [link]
      let b = Self.render { PictureView(picture: one).render(in: $0, into: &$1) }
      return b.lines.dropLast().joined().unicodeScalars.filter { (0x2801...0x28FF).contains($0.value) }
        .map { $0.value.nonzeroBitCount }.reduce(0, +)
    }
    let heavy = pic.links.first { $0.weight == 4 }!, light = pic.links.first { $0.weight == 1 }!
    let (ha, hb) = (pic.nodes[heavy.a].position, pic.nodes[heavy.b].position)
    let (la, lb) = (pic.nodes[light.a].position, pic.nodes[light.b].position)
    // Dots per km of line: thick lines have about twice a solid line's dots, dotted ones half.
    #expect(Double(count(heavy)) / ha.distance(to: hb) > 2.5 * Double(count(light)) / la.distance(to: lb))
  }

  @Test func playingGrowthHidesLaterTies() {
    let pic = NetworkPicture.map(PictureFixture.view)
    let early = Self.render { PictureView(picture: pic, yearLimit: 2013).render(in: $0, into: &$1) }
    // By 2013 only 成都–重庆 exists: 广元 and 泸州 are not drawn yet.
    #expect(!early.lines.joined().contains("广元") && early.lines.joined().contains("成都"))
    #expect(early.lines.last!.contains("to 2013"))
  }

  @Test func matrixShadesByWeightAndNamesTheCursorPair() {
    let pic = NetworkPicture.map(PictureFixture.view)
    let data = MatrixData(pic)
    let (r, c) = (data.position[PictureFixture.node("chengdu")], data.position[PictureFixture.node("chongqing")])
    let w = MatrixView(picture: pic, data: data, cursor: (r, c))
    let b = Self.render { w.render(in: $0, into: &$1) }
    #expect(b.lines.last!.hasPrefix("成都 – 重庆: 4 agreements (G 3, C 1)"))
    #expect(b.lines.joined().contains("██"))  // the heaviest tie
    #expect(b.lines.joined().contains("░░"))  // weight 1
    let ascii = Self.render { MatrixView(picture: pic, data: data, cursor: (r, r), ascii: true).render(in: $0, into: &$1) }
    #expect(ascii.lines.last!.hasPrefix("Chengdu - Chengdu: same city"))
    #expect(ascii.lines.joined().contains("##") && ascii.lines.joined().unicodeScalars.allSatisfy(\.isASCII))
  }
}

import ChengyuCore

/// The map and the graph as a terminal widget: cities at their positions on a braille canvas,
/// ties as lines (dotted for one agreement, solid, thick for the heaviest), the selected city
/// and its ties on top with their family letter (G/C) at the middle, labels placed without
/// overlapping, most central first, and a legend line at the bottom.
///
/// It takes its data, not the explorer's state, so `chengyu draw --format txt` and the
/// explorer's screens draw the same picture.
public struct PictureView: Sendable {
  public var picture: NetworkPicture
  public var camera: PictureCamera
  /// Node position of the selected city.
  public var selected: Int?
  /// Pinyin labels and ASCII glyphs.
  public var ascii: Bool
  /// While playing the growth: only ties (and cities) that exist by the end of this year.
  public var yearLimit: Int?
  /// A note for the legend line (e.g. layout progress).
  public var note: String?
  /// When set, nodes are marked by community (glyph and colour) instead of province group.
  public var communities: Communities?
  /// The language of the legend's words.
  public var language = Language.en

  public init(picture: NetworkPicture, camera: PictureCamera = PictureCamera(), selected: Int? = nil,
              ascii: Bool = false, yearLimit: Int? = nil, note: String? = nil) {
    self.picture = picture
    self.camera = camera
    self.selected = selected
    self.ascii = ascii
    self.yearLimit = yearLimit
    self.note = note
  }

  /// The canvas part of `area` (all but the legend line).
  /// Most ties drawn in one frame (the selected city's come on top of these).
  public static let tieLimit = 20_000

  public static func canvasRect(_ area: Rect) -> Rect { area.height >= 3 ? area.splitBottom(1).rest : area }

  /// The viewport for a canvas of this rect: the nodes fitted inside a small margin, then the camera.
  public func viewport(for area: Rect) -> PictureViewport {
    let r = PictureView.canvasRect(area)
    return PictureViewport.fit(picture.bounds, width: Double(r.width * 2), height: Double(r.height * 4), margin: 3)
      .applying(camera)
  }

  /// Each node's position in dots of the canvas (for moving the selection by direction).
  public func dotPositions(for area: Rect) -> [(x: Double, y: Double)] {
    let v = viewport(for: area)
    return picture.nodes.map { v.project($0.position) }
  }

  /// Kilometres one cell spans across (maps only).
  public func kmPerCell(for area: Rect) -> Double? {
    picture.kind == .map ? viewport(for: area).planePerDevice * 2 : nil
  }

  func visible(_ node: Int) -> Bool { yearLimit.map { picture.nodes[node].firstYear <= $0 } ?? true }
  func visible(link l: NetworkPicture.Link) -> Bool { yearLimit.map { l.firstYear <= $0 } ?? true }

  public func render(in area: Rect, into buffer: inout ScreenBuffer) {
    guard area.width > 0, area.height > 0 else { return }
    let rect = PictureView.canvasRect(area)
    let v = viewport(for: area)
    let at = picture.nodes.map { v.project($0.position) }
    let glyphs = PictureGlyphs(ascii: ascii)
    let classes = TieClasses(maxWeight: picture.maxWeight)
    var canvas = BrailleCanvas(width: rect.width, height: rect.height, ascii: ascii)
    // Ties, lightest first; the selected city's ties last so they win their cells.
    // Ties lightest first; on a very large network only the heaviest `tieLimit` (the legend
    // says so), since a frame must stay quick and 100,000 lines fill every dot anyway.
    let drawn = picture.linksByWeight.suffix(PictureView.tieLimit).filter { visible(link: picture.links[$0]) }
    for i in drawn where !touchesSelection(picture.links[i]) { draw(picture.links[i], at: at, classes: classes, into: &canvas) }
    // The selected city's ties last (all of them), so they win their cells.
    if selected != nil {
      for i in picture.linksByWeight where touchesSelection(picture.links[i]) && visible(link: picture.links[i]) {
        draw(picture.links[i], at: at, classes: classes, into: &canvas)
      }
    }
    // Markers: others first, then the selection.
    for (i, n) in picture.nodes.enumerated() where visible(i) && i != selected {
      if let c = communities {
        let k = c.label[i] - 1  // labels count from 1, largest community first
        canvas.marker(atDot: at[i].x, at[i].y, glyph: glyphs.community(k), style: PictureGlyphs.communityStyle(k))
      } else {
        canvas.marker(atDot: at[i].x, at[i].y, glyph: glyphs.node(group: n.group), style: PictureGlyphs.nodeStyle(group: n.group))
      }
    }
    if let s = selected, picture.nodes.indices.contains(s), visible(s) {
      canvas.marker(atDot: at[s].x, at[s].y, glyph: glyphs.selected, style: Styles.selection)
      for l in picture.links where visible(link: l) && (l.a == s || l.b == s) {
        let mid = ((at[l.a].x + at[l.b].x) / 2, (at[l.a].y + at[l.b].y) / 2)
        if let c = canvas.cell(ofDot: mid.0, mid.1), !canvas.hasMarker(c.x, c.y) {
          canvas.marker(atDot: mid.0, mid.1, glyph: PictureGlyphs.letter(l.mainFamily),
                        style: Style(fg: l.mainFamily == .governance ? .governance : .collaboration, bold: true))
        }
      }
    }
    for l in labelPlacements(at: at, canvas: canvas) {
      canvas.label(l.text, x: l.x, y: l.y, style: l.node == selected ? Styles.selection : Style(fg: .normal, bold: picture.nodes[l.node].rank < 5))
    }
    canvas.render(in: rect, into: &buffer)
    if rect.height < area.height { renderLegend(in: area.row(area.height - 1), viewport: v, classes: classes, into: &buffer) }
  }

  private func touchesSelection(_ l: NetworkPicture.Link) -> Bool { selected.map { l.a == $0 || l.b == $0 } ?? false }

  private func draw(_ l: NetworkPicture.Link, at: [(x: Double, y: Double)], classes: TieClasses, into canvas: inout BrailleCanvas) {
    let (a, b) = (at[l.a], at[l.b])
    let highlighted = touchesSelection(l)
    let style: Style
    if highlighted {
      style = Style(fg: l.mainFamily == .governance ? .governance : .collaboration, bold: true)
    } else {
      switch classes.of(l.weight) {
      case .light: style = Styles.dim
      case .medium: style = Style(fg: .border)
      case .heavy: style = Style(fg: .normal, bold: true)
      }
    }
    switch classes.of(l.weight) {
    case .light:
      canvas.line(from: a, to: b, style: style, stroke: highlighted ? .slope : .light, every: highlighted ? 1 : 2)
    case .medium:
      canvas.line(from: a, to: b, style: style)
    case .heavy:
      // A second line one dot beside the first: thick, whatever the colours.
      let dx = b.x - a.x, dy = b.y - a.y
      let steep = abs(dy) > abs(dx)
      let off = steep ? (1.0, 0.0) : (0.0, 1.0)
      canvas.line(from: a, to: b, style: style, stroke: .heavy)
      canvas.line(from: (a.x + off.0, a.y + off.1), to: (b.x + off.0, b.y + off.1), style: style, stroke: .heavy)
    }
  }

  private func renderLegend(in row: Rect, viewport: PictureViewport, classes: TieClasses, into buffer: inout ScreenBuffer) {
    let pen = Pen(ascii: ascii)
    let glyphs = PictureGlyphs(ascii: ascii)
    var parts: [String] = yearLimit.map { [TUIPictureMsg.legendTo.text(language, $0)] } ?? []  // first: it changes while playing
    let first = parts.count
    if let communities {
      parts += communityLegend(communities, glyphs, named: PictureGlyphs.distinctCommunities)
    } else {
      parts += groupLegend(glyphs)
    }
    var ties = "\(glyphs.lightSample) 1"
    let mid = classes.mediumRange(pen.dash)
    if !mid.isEmpty { ties += " \(glyphs.mediumSample) \(mid)" }
    ties += " \(glyphs.heavySample) \(classes.heavyMin)+"
    parts.append(ties)
    if picture.kind == .map {
      parts.append(TUIPictureMsg.legendCell.text(language, ascii ? "=" : "≈", PictureView.km(viewport.planePerDevice * 2)))
    }
    if selected != nil { parts.append(TUIPictureMsg.legendFamily.text(language)) }
    if picture.links.count > PictureView.tieLimit {
      parts.append(TUIPictureMsg.legendHeaviest.text(language, PictureView.tieLimit, picture.links.count))
    }
    if let note { parts.append(note) }
    // Communities named by their cities while there is room, the smaller ones by glyph alone.
    if let communities {
      var items = communityLegend(communities, glyphs, named: PictureGlyphs.distinctCommunities).count
      for named in stride(from: PictureGlyphs.distinctCommunities - 1, through: 0, by: -1)
      where DisplayWidth.of(pen.fold(parts.joined(separator: " "))) > row.width {
        let fewer = communityLegend(communities, glyphs, named: named)
        parts.replaceSubrange(first..<(first + items), with: fewer)
        items = fewer.count
      }
    }
    // Two spaces between items when they fit, else one (80 columns with a selection).
    var line = parts.joined(separator: "  ")
    if DisplayWidth.of(pen.fold(line)) > row.width { line = parts.joined(separator: " ") }
    pen.put(&buffer, line, x: row.x, y: row.y, width: row.width, style: Styles.dim)
  }

  /// The province groups' glyphs and names.
  private func groupLegend(_ glyphs: PictureGlyphs) -> [String] {
    var parts: [String] = []
    for (g, group) in picture.groups.prefix(PictureGlyphs.distinctGroups + 1).enumerated() {
      if g == PictureGlyphs.distinctGroups {
        parts.append("\(glyphs.node(group: g)) " + TUIAnalysisMsg.legendOther.text(language))
      } else {
        let name = ascii ? NetworkPicture.shortPinyin(group.nameEn) : NetworkPicture.shortName(group.nameZh)
        parts.append("\(glyphs.node(group: g)) " + name)
      }
    }
    return parts
  }

  /// The communities' glyphs, the first `named` (largest) each with its most central city (the
  /// one labelled first), the others' glyphs together, "other" for those sharing the last glyph,
  /// then their number and the modularity.
  private func communityLegend(_ c: Communities, _ glyphs: PictureGlyphs, named: Int) -> [String] {
    var head = [Int?](repeating: nil, count: PictureGlyphs.distinctCommunities)
    for (v, n) in picture.nodes.enumerated() {
      let k = c.label[v] - 1
      if k < head.count, head[k].map({ picture.nodes[$0].rank > n.rank }) ?? true { head[k] = v }
    }
    var parts: [String] = []
    var unnamed = ""
    for (k, v) in head.enumerated() {
      guard let v else { continue }
      if k < named {
        parts.append("\(glyphs.community(k)) \(ascii ? picture.nodes[v].pinyin : picture.nodes[v].label)")
      } else {
        unnamed += glyphs.community(k)
      }
    }
    if c.count > PictureGlyphs.distinctCommunities {
      let other = glyphs.community(PictureGlyphs.distinctCommunities)
      parts.append(unnamed.isEmpty ? "\(other) \(TUIAnalysisMsg.legendOther.text(language))" : unnamed + other)
    } else if !unnamed.isEmpty {
      parts.append(unnamed)
    }
    let q = c.modularity.map { NumberFormat.fixed($0, digits: 3) } ?? "-"
    parts.append(TUIAnalysisMsg.legendCommunities.text(language, c.count, q))
    return parts
  }

  /// A distance in km: one decimal below 10, else whole.
  static func km(_ d: Double) -> String { d < 10 ? NumberFormat.fixed(d, digits: 1) : String(Int(d.rounded())) }
}

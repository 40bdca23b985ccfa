/// A map or graph picture as an SVG document for papers.
///
/// Ties are drawn first (under the nodes), coloured by their main mechanism family and as wide
/// as their weight; each government is one `<circle id="node-<city id>">` with its position in
/// `cx`/`cy` (so scripts can find it), coloured by province group; labels are placed without
/// overlapping, most central first; a legend and (on maps) a scale bar close the picture.
public enum SVGPicture {
  /// Height of the title band and of the legend band, pixels.
  static let titleHeight = 36.0
  static let legendHeight = 84.0

  /// The whole document.
  public static func render(_ p: NetworkPicture, title: String, description: String,
                            width: Int = 1000, height: Int = 760) -> String {
    let w = Double(width), plotH = max(50, Double(height) - titleHeight - legendHeight)
    let viewport = PictureViewport.fit(p.bounds, width: w, height: plotH, margin: 40)
    let at: (PlanePoint) -> (x: Double, y: Double) = { pt in
      let d = viewport.project(pt)
      return (d.x, d.y + titleHeight)
    }
    var out = SVGSupport.open(width: width, height: height, title: title, description: description)
    out += "<text class=\"title\"" + SVGSupport.attrs([("x", "16"), ("y", "24")]) + ">\(SVGSupport.text(title))</text>\n"
    out += ties(p, at)
    let radii = p.nodes.map(radius)
    out += nodes(p, at, radii)
    out += labels(p, at, radii, area: LabelBox(x: 0, y: titleHeight, width: w, height: plotH))
    out += legend(p, top: titleHeight + plotH, width: w, kmPerPixel: p.kind == .map ? viewport.planePerDevice : nil)
    return out + "</svg>\n"
  }

  /// Marker radius: grows with the square root of the degree.
  static func radius(_ n: NetworkPicture.Node) -> Double { min(12, 3 + 1.5 * Double(n.degree).squareRoot()) }

  /// Stroke width from 1 (weight 1) to 5 (the heaviest tie).
  static func strokeWidth(_ weight: Int, max maxWeight: Int) -> Double {
    guard maxWeight > 1 else { return 1.5 }
    return 1 + 4 * (Double(weight - 1) / Double(maxWeight - 1)).squareRoot()
  }

  private static func ties(_ p: NetworkPicture, _ at: (PlanePoint) -> (x: Double, y: Double)) -> String {
    var out = "<g id=\"ties\">\n"
    let maxW = p.maxWeight
    // Light ties first so heavy ones are drawn on top of them.
    for l in p.links.sorted(by: { ($0.weight, $0.a, $0.b) < ($1.weight, $1.a, $1.b) }) {
      let (a, b) = (at(p.nodes[l.a].position), at(p.nodes[l.b].position))
      let (na, nb) = (p.nodes[l.a], p.nodes[l.b])
      out += "<line" + SVGSupport.attrs([
        ("id", "tie-\(na.id)--\(nb.id)"), ("class", "tie \(l.mainFamily.rawValue)"),
        ("x1", SVGSupport.num(a.x)), ("y1", SVGSupport.num(a.y)), ("x2", SVGSupport.num(b.x)), ("y2", SVGSupport.num(b.y)),
        ("stroke-width", SVGSupport.num(strokeWidth(l.weight, max: maxW))), ("data-weight", String(l.weight)),
      ]) + "><title>\(SVGSupport.text("\(na.label) – \(nb.label): \(l.weight) (G \(l.governance), C \(l.collaboration))"))</title></line>\n"
    }
    return out + "</g>\n"
  }

  private static func nodes(_ p: NetworkPicture, _ at: (PlanePoint) -> (x: Double, y: Double), _ radii: [Double]) -> String {
    var out = "<g id=\"nodes\">\n"
    for (i, n) in p.nodes.enumerated() {
      let c = at(n.position)
      out += "<circle" + SVGSupport.attrs([
        ("id", "node-\(n.id)"), ("class", n.approximate ? "node approximate" : "node"),
        ("cx", SVGSupport.num(c.x)), ("cy", SVGSupport.num(c.y)), ("r", SVGSupport.num(radii[i])),
        ("fill", SVGSupport.groupFill(n.group)), ("data-province", p.groups[n.group].id), ("data-degree", String(n.degree)),
      ]) + "><title>\(SVGSupport.text("\(n.label) \(n.pinyin) (\(n.id)): degree \(n.degree), strength \(n.strength)"))</title></circle>\n"
    }
    return out + "</g>\n"
  }

  private static func labels(_ p: NetworkPicture, _ at: (PlanePoint) -> (x: Double, y: Double), _ radii: [Double],
                             area: LabelBox) -> String {
    let order = p.nodes.indices.sorted { p.nodes[$0].rank < p.nodes[$1].rank }
    let obstacles = p.nodes.indices.map { i -> LabelBox in
      let c = at(p.nodes[i].position)
      return LabelBox(x: c.x - radii[i], y: c.y - radii[i], width: 2 * radii[i], height: 2 * radii[i])
    }
    let candidates = order.map { i -> [LabelBox] in
      let c = at(p.nodes[i].position)
      let w = Double(DisplayWidth.of(p.nodes[i].label)) * 6.5
      return LabelPlacer.around(x: c.x, y: c.y, radius: radii[i], width: w, height: 14)
    }
    let chosen = LabelPlacer.place(candidates, avoiding: obstacles, within: area)
    var out = "<g id=\"labels\">\n"
    for (k, i) in order.enumerated() {
      guard let c = chosen[k] else { continue }
      let box = candidates[k][c]
      out += "<text" + SVGSupport.attrs([
        ("class", "label"), ("x", SVGSupport.num(box.x)), ("y", SVGSupport.num(box.y + 11)), ("data-node", p.nodes[i].id),
      ]) + ">\(SVGSupport.text(p.nodes[i].label))</text>\n"
    }
    return out + "</g>\n"
  }

  private static func legend(_ p: NetworkPicture, top: Double, width: Double, kmPerPixel: Double?) -> String {
    var out = "<g id=\"legend\" class=\"legend\">\n"
    var x = 16.0, y1 = top + 20
    let y2 = top + 68
    for (g, group) in p.groups.prefix(SVGSupport.groupFills.count).enumerated() {
      let name = g == SVGSupport.groupFills.count - 1 && p.groups.count > SVGSupport.groupFills.count
        ? "其他 other (\(p.groups.count - g) provinces)" : "\(group.nameZh) \(group.nameEn) (\(group.count))"
      let entry = 22 + Double(DisplayWidth.of(name)) * 6
      if x + entry > width - 16, x > 16 {  // wrap to the second row
        x = 16
        y1 += 22
      }
      out += "<circle" + SVGSupport.attrs([("cx", SVGSupport.num(x + 5)), ("cy", SVGSupport.num(y1 - 4)), ("r", "5"),
                                           ("fill", SVGSupport.groupFill(g))]) + "/>\n"
      out += "<text" + SVGSupport.attrs([("x", SVGSupport.num(x + 14)), ("y", SVGSupport.num(y1))]) + ">\(SVGSupport.text(name))</text>\n"
      x += entry
    }
    x = 16
    for f in MechanismFamily.allCases {
      out += "<line" + SVGSupport.attrs([("class", "tie \(f.rawValue)"), ("x1", SVGSupport.num(x)), ("y1", SVGSupport.num(y2 - 4)),
                                         ("x2", SVGSupport.num(x + 24)), ("y2", SVGSupport.num(y2 - 4)), ("stroke-width", "3")]) + "/>\n"
      let name = f == .governance ? "治理 governance" : "协作 collaboration"
      out += "<text" + SVGSupport.attrs([("x", SVGSupport.num(x + 30)), ("y", SVGSupport.num(y2))]) + ">\(SVGSupport.text(name))</text>\n"
      x += 40 + Double(DisplayWidth.of(name)) * 6
    }
    let note = "line width = agreements (1–\(p.maxWeight)); \(p.nodes.count) governments, \(p.links.count) ties"
      + (p.nodes.contains(where: \.approximate) ? "; dashed ring = position borrowed (no coordinates)" : "")
    out += "<text" + SVGSupport.attrs([("x", SVGSupport.num(x)), ("y", SVGSupport.num(y2))]) + ">\(SVGSupport.text(note))</text>\n"
    out += "</g>\n"
    if let kmPerPixel {
      let km = SVGSupport.niceLength(atMost: 150 * kmPerPixel)
      let px = km / kmPerPixel
      // Top right of the plot, where no legend text runs.
      let x0 = width - 24 - px, y1 = titleHeight + 16
      out += "<g id=\"scale\" class=\"legend\">\n"
      out += "<line" + SVGSupport.attrs([("x1", SVGSupport.num(x0)), ("y1", SVGSupport.num(y1)), ("x2", SVGSupport.num(x0 + px)),
                                         ("y2", SVGSupport.num(y1)), ("stroke", "#222222"), ("stroke-width", "2")]) + "/>\n"
      out += "<text" + SVGSupport.attrs([("x", SVGSupport.num(x0)), ("y", SVGSupport.num(y1 - 6))]) + ">\(SVGSupport.num(km)) km</text>\n"
      out += "</g>\n"
    }
    return out
  }
}

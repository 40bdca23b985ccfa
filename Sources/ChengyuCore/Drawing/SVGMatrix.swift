/// The adjacency matrix as an SVG heatmap: rows and columns in `MatrixOrder`, each tie one
/// `<g class="tie">` holding its two symmetric cells, shaded by weight; each government is one
/// row label `<text id="node-<city id>">` with its position in `x`/`y`; column labels are
/// rotated. Lines mark where one province group ends and the next begins.
public enum SVGMatrix {
  /// Cell grey levels for shade bands 1…4 (`MatrixOrder.shade`).
  static let shades = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"]

  public static func render(_ p: NetworkPicture, title: String, description: String, partition: [Int]? = nil) -> String {
    let order = MatrixOrder.order(p, partition: partition)
    let n = order.count
    let cell = n == 0 ? 12 : max(6, min(18, 720 / Double(n)))
    let labelW = 90.0, top = 36.0 + 90
    let width = Int(labelW + cell * Double(n) + 24), height = Int(top + cell * Double(n) + 60)
    var out = SVGSupport.open(width: max(width, 480), height: height, title: title, description: description)
    out += "<text class=\"title\"" + SVGSupport.attrs([("x", "16"), ("y", "24")]) + ">\(SVGSupport.text(title))</text>\n"
    var position = [Int](repeating: 0, count: n)
    for (i, v) in order.enumerated() { position[v] = i }
    let font = SVGSupport.num(min(12, cell * 0.8))
    out += "<g id=\"nodes\">\n"
    for (i, v) in order.enumerated() {
      let node = p.nodes[v]
      out += "<text" + SVGSupport.attrs([
        ("id", "node-\(node.id)"), ("class", "node-label"), ("x", SVGSupport.num(labelW - 4)),
        ("y", SVGSupport.num(top + cell * (Double(i) + 0.8))), ("text-anchor", "end"), ("font-size", font),
        ("fill", SVGSupport.groupFill(node.group)), ("data-province", p.groups[node.group].id),
      ]) + ">\(SVGSupport.text(node.label))</text>\n"
    }
    out += "</g>\n<g id=\"columns\">\n"
    for (i, v) in order.enumerated() {
      let x = labelW + cell * (Double(i) + 0.8), y = top - 4
      out += "<text" + SVGSupport.attrs([
        ("class", "column-label"), ("x", SVGSupport.num(x)), ("y", SVGSupport.num(y)), ("font-size", font),
        ("transform", "rotate(-90 \(SVGSupport.num(x)) \(SVGSupport.num(y)))"), ("fill", SVGSupport.groupFill(p.nodes[v].group)),
      ]) + ">\(SVGSupport.text(p.nodes[v].label))</text>\n"
    }
    out += "</g>\n<g id=\"ties\">\n"
    let maxW = p.maxWeight
    for l in p.links {
      let (i, j) = (position[l.a], position[l.b])
      let fill = shades[MatrixOrder.shade(l.weight, max: maxW) - 1]
      let (na, nb) = (p.nodes[l.a], p.nodes[l.b])
      out += "<g" + SVGSupport.attrs([("class", "tie"), ("id", "tie-\(na.id)--\(nb.id)"), ("data-weight", String(l.weight))]) + ">"
      out += "<title>\(SVGSupport.text("\(na.label) – \(nb.label): \(l.weight) (G \(l.governance), C \(l.collaboration))"))</title>"
      for (r, c) in [(i, j), (j, i)] {
        out += "<rect" + SVGSupport.attrs([
          ("x", SVGSupport.num(labelW + cell * Double(c))), ("y", SVGSupport.num(top + cell * Double(r))),
          ("width", SVGSupport.num(cell)), ("height", SVGSupport.num(cell)), ("fill", fill),
        ]) + "/>"
      }
      out += "</g>\n"
    }
    out += "</g>\n<g id=\"groups\">\n"
    let side = cell * Double(n)
    for i in 1..<max(1, n) where p.nodes[order[i]].group != p.nodes[order[i - 1]].group {
      let at = cell * Double(i)
      out += "<line" + SVGSupport.attrs([("x1", SVGSupport.num(labelW + at)), ("y1", SVGSupport.num(top)), ("x2", SVGSupport.num(labelW + at)),
                                         ("y2", SVGSupport.num(top + side)), ("stroke", "#999999")]) + "/>\n"
      out += "<line" + SVGSupport.attrs([("x1", SVGSupport.num(labelW)), ("y1", SVGSupport.num(top + at)), ("x2", SVGSupport.num(labelW + side)),
                                         ("y2", SVGSupport.num(top + at)), ("stroke", "#999999")]) + "/>\n"
    }
    out += "<rect" + SVGSupport.attrs([("x", SVGSupport.num(labelW)), ("y", SVGSupport.num(top)), ("width", SVGSupport.num(side)),
                                       ("height", SVGSupport.num(side)), ("fill", "none"), ("stroke", "#666666")]) + "/>\n"
    out += "</g>\n<g id=\"legend\" class=\"legend\">\n"
    var x = 16.0
    let y = top + side + 30
    let bands = ["1", "", "", "\(maxW)"]
    for (k, s) in shades.enumerated() {
      out += "<rect" + SVGSupport.attrs([("x", SVGSupport.num(x)), ("y", SVGSupport.num(y - 10)), ("width", "12"), ("height", "12"), ("fill", s)]) + "/>\n"
      x += 16
      if !bands[k].isEmpty {
        out += "<text" + SVGSupport.attrs([("x", SVGSupport.num(x)), ("y", SVGSupport.num(y))]) + ">\(bands[k])</text>\n"
        x += 24
      }
    }
    let note = "agreements per pair (square-root bands); \(p.nodes.count) governments, \(p.links.count) ties; rows by community (Louvain), then province and degree"
    out += "<text" + SVGSupport.attrs([("x", SVGSupport.num(x + 8)), ("y", SVGSupport.num(y))]) + ">\(SVGSupport.text(note))</text>\n"
    return out + "</g>\n</svg>\n"
  }
}

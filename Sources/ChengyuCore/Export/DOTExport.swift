/// Graphviz DOT: an undirected `graph` with quoted ids, UTF-8 labels, every attribute of the
/// export schema, and `pos` from the coordinates so `neato -n` draws the geographic layout.
///
/// The filter is the graph's `comment` attribute only: a `//` line at the top of the file is
/// valid DOT for graphviz but graph-tool (and other strict readers) cannot read it.
///
/// Quoting: in DOT, `\"` is the only escape inside a quoted string; graphviz keeps every other
/// backslash as written, and only *labels* (escString) turn `\\` into one backslash when drawn.
/// So `label` doubles backslashes and every other value keeps them single, except a backslash
/// that would end up before a quote (where it would escape it), which is written doubled.
public enum DOTExport {
  /// The whole file as a String (tests; files are streamed with `write`).
  public static func render(_ network: ExportNetwork) -> String {
    String(decoding: ExportSink.collect { write(network, to: $0) }, as: UTF8.self)
  }

  /// Streams the file into a sink.
  public static func write(_ network: ExportNetwork, to out: ExportSink) {
    let positions = GeoLayout(network.nodes)
    out.write("graph \"chengyu\" {\n")
    out.write("  graph [comment=\(quoteRaw(network.provenanceLine))];\n")
    for (i, n) in network.nodes.enumerated() {
      var attrs = network.nodeAttributes.compactMap { a in a.value(n).map { (a.name, value($0, label: a.role == .label)) } }
      if let pos = positions.pos[i] { attrs.append(("pos", "\"" + pos + "!\"")) }
      out.write("  \(quoteRaw(n.id)) [\(list(attrs))];\n")
    }
    for t in network.ties {
      let attrs = network.tieAttributes.compactMap { a in a.value(t).map { (a.name, value($0, label: false)) } }
      let (a, b) = (quoteRaw(network.nodes[t.source].id), quoteRaw(network.nodes[t.target].id))
      out.write("  \(a) -- \(b) [\(list(attrs))];\n")
    }
    out.write("}\n")
  }

  /// A value: numbers bare, everything else quoted (escString rules for labels).
  static func value(_ v: ExportValue, label: Bool) -> String {
    v.isNumber ? v.text : (label ? quote(v.text) : quoteRaw(v.text))
  }

  /// A DOT quoted string for a label (escString): `\` and `"` escaped.
  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n", "\r": out += " "
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }

  /// A DOT quoted string for an id or a value graphviz keeps as written: `"` escaped,
  /// backslashes single unless the next character written is a quote.
  static func quoteRaw(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = "\""
    for (i, u) in scalars.enumerated() {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += (i + 1 == scalars.count || scalars[i + 1] == "\"") ? "\\\\" : "\\"
      case "\n", "\r": out += " "
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }

  /// An attribute name: bare when it is a DOT identifier, else quoted (`"mechanism.joint-conference"`).
  static func name(_ s: String) -> String {
    let ok = s.utf8.enumerated().allSatisfy { i, b in
      (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || (i > 0 && b >= 0x30 && b <= 0x39)
    }
    return ok && !s.isEmpty ? s : quoteRaw(s)
  }

  private static func list(_ attrs: [(String, String)]) -> String {
    attrs.map { "\(name($0.0))=\($0.1)" }.joined(separator: ", ")
  }
}

/// Node positions in points for `neato -n`: the map's projection (`GeoProjection`, cos-latitude
/// equirectangular) with the reference latitude in the middle of the nodes that have
/// coordinates and the origin at their south-west corner, so every `pos` is positive; one degree
/// of latitude is one inch (72 points). Nodes without coordinates get no `pos` (neato places them
/// itself; `neato -n` needs every node placed, see docs/export.md).
struct GeoLayout {
  /// `"x,y"` per node, rounded to 0.01 point, or nil without coordinates.
  let pos: [String?]

  init(_ nodes: [ExportNetwork.Node]) {
    let known = nodes.compactMap { n in n.latitude.flatMap { lat in n.longitude.map { (lat, $0) } } }
    guard let south = known.map(\.0).min(), let north = known.map(\.0).max(), let west = known.map(\.1).min()
    else {
      pos = nodes.map { _ in nil }
      return
    }
    let projection = GeoProjection(referenceLatitude: (south + north) / 2, originLatitude: south, originLongitude: west)
    pos = nodes.map { n in
      guard let lat = n.latitude, let lon = n.longitude else { return nil }
      let p = projection.projectDegrees(latitude: lat, longitude: lon)
      return NumberFormat.fixed(p.x * 72, digits: 2) + "," + NumberFormat.fixed(p.y * 72, digits: 2)
    }
  }
}

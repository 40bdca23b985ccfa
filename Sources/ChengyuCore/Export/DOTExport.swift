/// Graphviz DOT: an undirected `graph` with quoted ids and UTF-8 labels.
///
/// Node ids are the dataset ids; every value is a quoted string with `\` and `"` escaped, except
/// numbers. The filter is a `//` comment and a graph `comment` attribute.
public enum DOTExport {
  /// The whole file.
  public static func render(_ network: ExportNetwork) -> String {
    var out = "// \(network.provenanceLine)\n"
    out += "graph \"chengyu\" {\n"
    out += "  graph [comment=\(quote(network.provenanceLine))];\n"
    for n in network.nodes {
      var attrs = [("label", quote(n.label)), ("name_en", quote(n.nameEn)), ("level", quote(n.level)),
        ("province", quote(n.province)), ("in_region", quote(n.inRegion ? "true" : "false"))]
      if let lat = n.latitude { attrs.append(("lat", ExportText.number(lat))) }
      if let lon = n.longitude { attrs.append(("lon", ExportText.number(lon))) }
      out += "  \(quote(n.id)) [\(list(attrs))];\n"
    }
    for t in network.ties {
      let attrs = [("weight", String(t.weight)), ("governance", String(t.governance)),
        ("collaboration", String(t.collaboration)), ("first_year", String(t.firstDate.year)),
        ("last_year", String(t.lastDate.year)), ("agreements", quote(t.agreementIDs.joined(separator: ";")))]
      out += "  \(quote(network.nodes[t.source].id)) -- \(quote(network.nodes[t.target].id)) [\(list(attrs))];\n"
    }
    return out + "}\n"
  }

  /// A DOT quoted string.
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

  private static func list(_ attrs: [(String, String)]) -> String {
    attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
  }
}

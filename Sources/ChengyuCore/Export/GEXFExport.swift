/// GEXF 1.3 with dynamic nodes and edges, so Gephi's timeline plays the network's growth.
///
/// Time: `timeformat="date"`, `timerepresentation="interval"`. Each tie has one spell that starts
/// on its first agreement and lasts to the last agreement date of the whole export (so a tie,
/// once made, persists); each node's spell starts with its first tie. Dates known only to the
/// year or month become the first day of that year or month (2016 → 2016-01-01, 2016-05 →
/// 2016-05-01), since GEXF dates are full days. Weights and counts are static totals.
public enum GEXFExport {
  /// Attribute id (also its title) and GEXF type, per class.
  static let nodeAttributes: [(String, String)] = [
    ("name_en", "string"), ("level", "string"), ("province", "string"), ("in_region", "boolean"),
    ("lat", "double"), ("lon", "double"),
  ]
  static let edgeAttributes: [(String, String)] = [
    ("governance", "integer"), ("collaboration", "integer"), ("first_date", "string"),
    ("last_date", "string"), ("agreements", "string"),
  ]

  /// The whole document.
  public static func render(_ network: ExportNetwork) -> String {
    let end = network.ties.map(\.lastDate).max().map(ExportText.fullDate)
    var out = XMLText.declaration
    out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    out += "  <meta>\n    <creator>chengyu</creator>\n"
    out += "    <description>\(XMLText.escape(network.provenanceLine))</description>\n  </meta>\n"
    out += "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\""
      + " timerepresentation=\"interval\">\n"
    out += declarations("node", nodeAttributes) + declarations("edge", edgeAttributes)
    out += "    <nodes>\n"
    for n in network.nodes {
      out += "      <node" + XMLText.attributes([("id", n.id), ("label", n.label)]) + ">\n"
      var values = [("name_en", n.nameEn), ("level", n.level), ("province", n.province),
        ("in_region", n.inRegion ? "true" : "false")]
      if let lat = n.latitude { values.append(("lat", ExportText.number(lat))) }
      if let lon = n.longitude { values.append(("lon", ExportText.number(lon))) }
      out += attvalues(values) + spell(ExportText.fullDate(n.firstDate), end)
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (i, t) in network.ties.enumerated() {
      out += "      <edge" + XMLText.attributes([
        ("id", "e\(i)"), ("source", network.nodes[t.source].id), ("target", network.nodes[t.target].id),
        ("weight", String(t.weight)),
      ]) + ">\n"
      out += attvalues([
        ("governance", String(t.governance)), ("collaboration", String(t.collaboration)),
        ("first_date", t.firstDate.description), ("last_date", t.lastDate.description),
        ("agreements", t.agreementIDs.joined(separator: ";")),
      ])
      out += spell(ExportText.fullDate(t.firstDate), end) + "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }

  private static func declarations(_ cls: String, _ attrs: [(String, String)]) -> String {
    var out = "    <attributes class=\"\(cls)\" mode=\"static\">\n"
    for (id, type) in attrs {
      out += "      <attribute" + XMLText.attributes([("id", id), ("title", id), ("type", type)]) + "/>\n"
    }
    return out + "    </attributes>\n"
  }

  private static func attvalues(_ values: [(String, String)]) -> String {
    "        <attvalues>\n"
      + values.map { "          <attvalue" + XMLText.attributes([("for", $0.0), ("value", $0.1)]) + "/>\n" }.joined()
      + "        </attvalues>\n"
  }

  private static func spell(_ start: String, _ end: String?) -> String {
    var pairs = [("start", start)]
    if let end { pairs.append(("end", end)) }
    return "        <spells>\n          <spell" + XMLText.attributes(pairs) + "/>\n        </spells>\n"
  }
}

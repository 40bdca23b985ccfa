/// GraphML with a typed `<key>` for every attribute, as networkx, Gephi, igraph and yEd read it.
///
/// Node ids are the dataset ids; the Chinese name is the `label` attribute. Missing coordinates
/// are left out (no `<data>` element) rather than written as a made-up value. The filter is a
/// graph-level attribute.
public enum GraphMLExport {
  /// One attribute: its GraphML id (also its name), domain and type.
  struct Key {
    let name: String
    let domain: String
    let type: String
  }

  static let keys: [Key] = [
    Key(name: "label", domain: "node", type: "string"),
    Key(name: "name_en", domain: "node", type: "string"),
    Key(name: "level", domain: "node", type: "string"),
    Key(name: "province", domain: "node", type: "string"),
    Key(name: "in_region", domain: "node", type: "boolean"),
    Key(name: "lat", domain: "node", type: "double"),
    Key(name: "lon", domain: "node", type: "double"),
    Key(name: "weight", domain: "edge", type: "int"),
    Key(name: "governance", domain: "edge", type: "int"),
    Key(name: "collaboration", domain: "edge", type: "int"),
    Key(name: "first_year", domain: "edge", type: "int"),
    Key(name: "last_year", domain: "edge", type: "int"),
    Key(name: "agreements", domain: "edge", type: "string"),
    Key(name: "description", domain: "graph", type: "string"),
    Key(name: "filter", domain: "graph", type: "string"),
    Key(name: "aggregation", domain: "graph", type: "string"),
  ]

  /// The whole document.
  public static func render(_ network: ExportNetwork) -> String {
    var out = XMLText.declaration
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for k in keys {
      out += "  <key" + XMLText.attributes([
        ("id", k.name), ("for", k.domain), ("attr.name", k.name), ("attr.type", k.type),
      ]) + "/>\n"
    }
    out += "  <graph id=\"G\" edgedefault=\"undirected\">\n"
    out += data("description", network.provenanceLine, indent: 4)
    out += data("filter", FilterSummary.text(network.filter), indent: 4)
    out += data("aggregation", network.filter.aggregation.rawValue, indent: 4)
    for n in network.nodes {
      out += "    <node id=\"\(XMLText.escape(n.id))\">\n"
      out += data("label", n.label) + data("name_en", n.nameEn) + data("level", n.level)
      out += data("province", n.province) + data("in_region", n.inRegion ? "true" : "false")
      if let lat = n.latitude { out += data("lat", ExportText.number(lat)) }
      if let lon = n.longitude { out += data("lon", ExportText.number(lon)) }
      out += "    </node>\n"
    }
    for (i, t) in network.ties.enumerated() {
      out += "    <edge" + XMLText.attributes([
        ("id", "e\(i)"), ("source", network.nodes[t.source].id), ("target", network.nodes[t.target].id),
      ]) + ">\n"
      out += data("weight", String(t.weight)) + data("governance", String(t.governance))
      out += data("collaboration", String(t.collaboration)) + data("first_year", String(t.firstDate.year))
      out += data("last_year", String(t.lastDate.year)) + data("agreements", t.agreementIDs.joined(separator: ";"))
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  private static func data(_ key: String, _ value: String, indent: Int = 6) -> String {
    String(repeating: " ", count: indent) + "<data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
  }
}

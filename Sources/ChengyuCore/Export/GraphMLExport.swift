/// GraphML: a typed `<key>` for every attribute of the export schema, undirected edges.
///
/// Node ids must be XML `NMTOKEN`s (the GraphML XSD says so): dataset ids that are not (a `/`, a
/// space) are escaped by `XMLName.tokens(for:)`, and every node carries its dataset id unchanged
/// in the `dataset_id` attribute. The Chinese name is the `label` attribute. Missing coordinates
/// are left out (no `<data>` element) rather than written as a made-up value. The filter is a
/// graph-level attribute.
public enum GraphMLExport {
  /// The whole document as a String (tests; files are streamed with `write`).
  public static func render(_ network: ExportNetwork) -> String {
    String(decoding: ExportSink.collect { write(network, to: $0) }, as: UTF8.self)
  }

  /// GraphML's name for a value type.
  static func type(_ t: ExportValueType) -> String {
    switch t {
    case .string, .list: "string"
    case .int: "int"
    case .double: "double"
    case .bool: "boolean"
    }
  }

  /// The document header up to and including the `<graph>` start tag: namespace, one `<key>` per
  /// (domain, name, type) with an NMTOKEN id, the graph's description, filter and aggregation.
  /// Returns the key id of each (domain, name), shared with the two-mode writer.
  static func header(
    _ keys: [(domain: String, name: String, type: String)], graph: [(String, String)], to out: ExportSink
  ) -> [String: String] {
    out.write(XMLText.declaration)
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
    let all = keys + graph.map { (domain: "graph", name: $0.0, type: "string") }
    let ids = XMLName.tokens(for: all.map(\.name))
    var byName: [String: String] = [:]
    for (k, id) in zip(all, ids) {
      byName[k.domain + "/" + k.name] = id
      out.write("  <key" + XMLText.attributes([
        ("id", id), ("for", k.domain), ("attr.name", k.name), ("attr.type", k.type),
      ]) + "/>\n")
    }
    out.write("  <graph id=\"G\" edgedefault=\"undirected\">\n")
    for (name, value) in graph { out.write(data(byName["graph/" + name]!, value, indent: 4)) }
    return byName
  }

  /// Streams the document into a sink.
  public static func write(_ network: ExportNetwork, to out: ExportSink) {
    let nodeKeys = [(domain: "node", name: "dataset_id", type: "string")]
      + network.nodeAttributes.map { (domain: "node", name: $0.name, type: type($0.type)) }
    let tieKeys = network.tieAttributes.map { (domain: "edge", name: $0.name, type: type($0.type)) }
    let graph = [
      ("description", network.provenanceLine), ("filter", FilterSummary.text(network.filter)),
      ("aggregation", network.filter.aggregation.rawValue),
    ]
    let key = header(nodeKeys + tieKeys, graph: graph, to: out)
    let ids = XMLName.tokens(for: network.nodes.map(\.id))
    let idKey = key["node/dataset_id"]!
    let nodeKeyIDs = network.nodeAttributes.map { key["node/" + $0.name]! }
    let tieKeyIDs = network.tieAttributes.map { key["edge/" + $0.name]! }
    for (i, n) in network.nodes.enumerated() {
      out.write("    <node id=\"\(XMLText.escape(ids[i]))\">\n")
      out.write(data(idKey, n.id))
      for (a, k) in zip(network.nodeAttributes, nodeKeyIDs) {
        if let v = a.value(n) { out.write(data(k, v.text)) }
      }
      out.write("    </node>\n")
    }
    for (i, t) in network.ties.enumerated() {
      out.write("    <edge" + XMLText.attributes([("id", "e\(i)"), ("source", ids[t.source]), ("target", ids[t.target])]) + ">\n")
      for (a, k) in zip(network.tieAttributes, tieKeyIDs) {
        if let v = a.value(t) { out.write(data(k, v.text)) }
      }
      out.write("    </edge>\n")
    }
    out.write("  </graph>\n</graphml>\n")
  }

  static func data(_ key: String, _ value: String, indent: Int = 6) -> String {
    String(repeating: " ", count: indent) + "<data key=\"\(XMLText.escape(key))\">\(XMLText.escape(value))</data>\n"
  }
}

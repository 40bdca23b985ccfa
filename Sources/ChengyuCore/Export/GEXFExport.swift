/// GEXF with dynamic nodes, edges and weights, so Gephi's timeline plays the network's growth.
///
/// Two versions: 1.3 (the default, `http://gexf.net/1.3`) and 1.2draft (`http://www.gexf.net/1.2draft`),
/// which networkx before 3.6 and older Gephi plug-ins need ("Unknown GEXF version 1.3"). Both
/// validate against the official XSDs (`scripts/readback_exports.py`).
///
/// Time: `timeformat="date"` (and, in 1.3, `timerepresentation="interval"`). Each tie has one spell
/// from its first agreement to the last agreement date of the whole export (so a tie, once made,
/// persists); each node's spell starts with its first tie. Dates known only to the year or month
/// become the first day of that year or month, since GEXF dates are full days.
///
/// Weight over time: beside the static `weight` (the total, which readers without dynamics use),
/// each edge has a dynamic `weight` attribute with one value per year in which the tie grew: the
/// number of its agreements up to the end of that year, from that year's 1 January (its first
/// agreement for the first value) to 31 December before the next change, or to the export's end.
/// The intervals are closed and never overlap (Gephi rejects overlapping values).
public enum GEXFExport {
  /// The GEXF version written.
  public enum Version: String, CaseIterable, Sendable {
    case v1_2 = "1.2"
    case v1_3 = "1.3"

    var header: String {
      switch self {
      case .v1_3:
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      case .v1_2:
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
      }
    }

    var graphTime: String {
      self == .v1_3 ? " timeformat=\"date\" timerepresentation=\"interval\"" : " timeformat=\"date\""
    }
  }

  /// The whole document as a String (tests; files are streamed with `write`).
  public static func render(_ network: ExportNetwork, version: Version = .v1_3) -> String {
    String(decoding: ExportSink.collect { write(network, version: version, to: $0) }, as: UTF8.self)
  }

  /// Streams the document into a sink.
  public static func write(_ network: ExportNetwork, version: Version, to out: ExportSink) {
    let end = network.endDate
    let endText = end.map(ExportText.fullDate)
    let nodeAttributes = network.nodeAttributesWithoutLabel
    let tieAttributes = network.tieAttributesWithoutWeight
    out.write(XMLText.declaration + version.header)
    out.write("  <meta>\n    <creator>chengyu</creator>\n")
    out.write("    <description>\(XMLText.escape(network.provenanceLine))</description>\n  </meta>\n")
    out.write("  <graph mode=\"dynamic\" defaultedgetype=\"undirected\"\(version.graphTime)>\n")
    out.write(declarations("node", "static", nodeAttributes.map { ($0.name, type($0.type)) }))
    out.write(declarations("edge", "static", tieAttributes.map { ($0.name, type($0.type)) }))
    out.write(declarations("edge", "dynamic", [("weight", "double")]))
    out.write("    <nodes>\n")
    for n in network.nodes {
      out.write("      <node" + XMLText.attributes([("id", n.id), ("label", n.label)]) + ">\n")
      attvalues(nodeAttributes.compactMap { a in a.value(n).map { Value(key: a.name, value: $0.text) } }, to: out)
      out.write(spell(ExportText.fullDate(n.firstDate), endText))
      out.write("      </node>\n")
    }
    out.write("    </nodes>\n    <edges>\n")
    for (i, t) in network.ties.enumerated() {
      out.write("      <edge" + XMLText.attributes([
        ("id", "e\(i)"), ("source", network.nodes[t.source].id), ("target", network.nodes[t.target].id),
        ("weight", String(t.weight)),
      ]) + ">\n")
      let values = tieAttributes.compactMap { a in a.value(t).map { Value(key: a.name, value: $0.text) } }
        + weightValues(t, end: end)
      attvalues(values, to: out)
      out.write(spell(ExportText.fullDate(t.firstDate), endText) + "      </edge>\n")
    }
    out.write("    </edges>\n  </graph>\n</gexf>\n")
  }

  /// One `<attvalue>`; `start`/`end` only for the dynamic weight.
  struct Value {
    var key: String
    var value: String
    var start: String? = nil
    var end: String? = nil
  }

  /// The dynamic weight's values, one per year in which the tie grew.
  static func weightValues(_ t: ExportNetwork.Tie, end: CalendarDate?) -> [Value] {
    let steps = ExportNetwork.weightSteps(t)
    return steps.indices.map { i in
      let stop = i + 1 < steps.count ? "\(pad4(steps[i + 1].from.year - 1))-12-31" : end.map(ExportText.fullDate)
      return Value(key: "weight", value: String(steps[i].weight), start: ExportText.fullDate(steps[i].from), end: stop)
    }
  }

  private static func pad4(_ year: Int) -> String {
    let y = String(year)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y
  }

  /// GEXF's name for a value type (lists are `;`-joined strings, which every reader accepts).
  private static func type(_ t: ExportValueType) -> String {
    switch t {
    case .string, .list: "string"
    case .int: "integer"
    case .double: "double"
    case .bool: "boolean"
    }
  }

  private static func declarations(_ cls: String, _ mode: String, _ attrs: [(String, String)]) -> String {
    var out = "    <attributes class=\"\(cls)\" mode=\"\(mode)\">\n"
    for (id, type) in attrs {
      out += "      <attribute" + XMLText.attributes([("id", id), ("title", id), ("type", type)]) + "/>\n"
    }
    return out + "    </attributes>\n"
  }

  /// Written piece by piece into the sink: this is the inner loop of a large export.
  private static func attvalues(_ values: [Value], to out: ExportSink) {
    out.write("        <attvalues>\n")
    for v in values {
      out.write("          <attvalue for=\"")
      out.write(XMLText.escape(v.key))
      out.write("\" value=\"")
      out.write(XMLText.escape(v.value))
      if let start = v.start { out.write("\" start=\"" + start) }
      if let stop = v.end { out.write("\" end=\"" + stop) }
      out.write("\"/>\n")
    }
    out.write("        </attvalues>\n")
  }

  private static func spell(_ start: String, _ end: String?) -> String {
    var pairs = [("start", start)]
    if let end { pairs.append(("end", end)) }
    return "        <spells>\n          <spell" + XMLText.attributes(pairs) + "/>\n        </spells>\n"
  }
}

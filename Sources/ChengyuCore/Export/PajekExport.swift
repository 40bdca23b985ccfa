/// Pajek `.net`: `*Vertices n` with quoted, unique Chinese labels, then `*Edges` with weights.
///
/// Pajek numbers vertices 1…n and has no id field, so the dataset ids are listed in `%` comment
/// lines before `*Vertices` (vertex k is the k-th id). Comments come only before the first
/// section, and there are no blank lines, since igraph and networkx reject or misread both
/// inside sections. Pajek labels cannot escape a double quote, so `"` becomes `'`.
///
/// Labels must be unique: networkx keys vertices by label, so two governments named 市中区 would
/// become one. A name shared by several nodes gets its parent's name, `市中区（内江市）`, and
/// the dataset id if that is still not enough.
///
/// An empty network is written without a `*Vertices` line: R's `read.paj` (statnet `network`)
/// stops with "no lines available in input" on `*Vertices 0`, while a file of comments and an
/// empty `*Edges` section reads as an empty result there and as an empty graph in networkx.
public enum PajekExport {
  /// The whole file as a String (tests; files are streamed with `write`).
  public static func render(_ network: ExportNetwork) -> String {
    String(decoding: ExportSink.collect { write(network, to: $0) }, as: UTF8.self)
  }

  /// Streams the file into a sink, lines ending with LF.
  public static func write(_ network: ExportNetwork, to out: ExportSink) {
    out.write("% " + network.provenanceLine + "\n")
    guard !network.nodes.isEmpty else {
      // No vertex section at all: R's read.paj fails on a vertex count of 0 (see above).
      out.write("% empty network: no vertex section, since R's read.paj cannot read a vertex count of 0\n*Edges\n")
      return
    }
    out.write("% vertex number, dataset id:\n")
    for (i, n) in network.nodes.enumerated() { out.write("% \(i + 1) \(n.id)\n") }
    out.write("*Vertices \(network.nodes.count)\n")
    for (i, l) in labels(network.nodes).enumerated() { out.write("\(i + 1) \"\(l)\"\n") }
    out.write("*Edges\n")
    for t in network.ties { out.write("\(t.source + 1) \(t.target + 1) \(t.weight)\n") }
  }

  /// One distinct label per node: the name; for a shared name, name and parent; then name and id.
  static func labels(_ nodes: [ExportNetwork.Node]) -> [String] {
    func counts(_ names: [String]) -> [String: Int] { names.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
    let names = nodes.map { label($0.label) }
    let byName = counts(names)
    let withParent = nodes.indices.map { i in
      byName[names[i]]! > 1 && !nodes[i].parentLabel.isEmpty ? names[i] + "（" + label(nodes[i].parentLabel) + "）" : names[i]
    }
    let byParent = counts(withParent)
    return nodes.indices.map { i in
      byParent[withParent[i]]! > 1 ? names[i] + "（" + label(nodes[i].id) + "）" : withParent[i]
    }
  }

  /// A label safe inside Pajek's double quotes.
  static func label(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\"" ? "'" : $0 }))
  }
}

/// Pajek `.net`: `*Vertices n` with quoted Chinese labels, then `*Edges` with weights.
///
/// Pajek numbers vertices 1…n and has no id field, so the dataset ids are listed in `%` comment
/// lines before `*Vertices` (vertex k is the k-th id). Comments come only before the first
/// section, and there are no blank lines, since igraph and networkx reject or misread both
/// inside sections. Pajek labels cannot escape a double quote, so `"` becomes `'`.
public enum PajekExport {
  /// The whole file, lines ending with LF.
  public static func render(_ network: ExportNetwork) -> String {
    var lines = ["% " + network.provenanceLine, "% vertex number, dataset id:"]
    for (i, n) in network.nodes.enumerated() { lines.append("% \(i + 1) \(n.id)") }
    lines.append("*Vertices \(network.nodes.count)")
    for (i, n) in network.nodes.enumerated() { lines.append("\(i + 1) \"\(label(n.label))\"") }
    lines.append("*Edges")
    for t in network.ties { lines.append("\(t.source + 1) \(t.target + 1) \(t.weight)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A label safe inside Pajek's double quotes.
  static func label(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\"" ? "'" : $0 }))
  }
}

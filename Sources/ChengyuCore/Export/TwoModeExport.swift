/// The formats of the two-mode (agreement × government) export, `chengyu export --two-mode`:
///
/// - `dl`: UCINET two-mode DL (`nr=` rows = agreements, `nc=` columns = governments,
///   `format = edgelist2`, one `row col` line per affiliation), with `labels.csv` and `dl.about.txt`;
/// - `graphml`: a bipartite GraphML whose node attribute `bipartite` is 0 for agreements and 1
///   for governments (networkx's convention, `nx.bipartite.sets` / `is_bipartite_node_set`);
/// - `csv`: the incidence matrix (one row per agreement, one 0/1 column per government), a nodes
///   table of both modes, and `about.txt`.
///
/// Every format carries each node's two-mode `degree` and the attributes of
/// `TwoModeNetwork.attributes`.
public enum TwoModeFormat: String, CaseIterable, Sendable {
  case csv, graphml, dl

  /// File suffixes, as `ExportFormat.suffixes`; the first is the main file.
  public var suffixes: [String] {
    switch self {
    case .csv: ["incidence.csv", "nodes.csv", "about.txt"]
    case .graphml: ["graphml"]
    case .dl: ["dl", "labels.csv", "dl.about.txt"]
    }
  }

  /// Where the files go for `-o output` (the rule of `ExportFormat.paths(for:)`).
  public func paths(for output: String) -> [String] { ExportFormat.paths(for: output, suffixes: suffixes) }

  /// Writes file `index` into a sink; `excel` puts a byte-order mark before CSV tables.
  public func write(_ network: TwoModeNetwork, file index: Int, to out: ExportSink, excel: Bool = false) {
    let isTable = (self == .csv && index < 2) || (self == .dl && index == 1)
    if excel && isTable { out.write(bytes: [0xEF, 0xBB, 0xBF]) }
    switch (self, index) {
    case (.csv, 0): TwoModeExport.incidence(network, to: out)
    case (.csv, 1): TwoModeExport.nodes(network, labels: nil, to: out)
    case (.graphml, _): TwoModeExport.graphML(network, to: out)
    case (.dl, 0): TwoModeExport.dl(network, to: out)
    case (.dl, 1): TwoModeExport.nodes(network, labels: TwoModeExport.dlLabels(network), to: out)
    default: out.write(TwoModeExport.about(network, dl: self == .dl))
    }
  }

  /// The files in memory, in the order of `suffixes`.
  public func render(_ network: TwoModeNetwork, excel: Bool = false) -> [[UInt8]] {
    suffixes.indices.map { i in ExportSink.collect { write(network, file: i, to: $0, excel: excel) } }
  }

  /// Writes the files atomically, streamed; returns the paths written.
  @discardableResult
  public func write(
    _ network: TwoModeNetwork, to output: String, force: Bool, excel: Bool = false
  ) throws(AtomicFileError) -> [String] {
    let paths = paths(for: output)
    try AtomicFile.write(paths: paths, force: force) { i, sink in write(network, file: i, to: sink, excel: excel) }
    return paths
  }
}

/// The two-mode writers.
enum TwoModeExport {
  /// DL labels: the ids when each mode's ids fit UCINET (see `UCINETExport.problem`), else
  /// `R1…` for agreements and `C1…` for governments.
  static func dlLabels(_ n: TwoModeNetwork) -> [String] {
    let rows = n.nodes[..<n.agreementCount].map(\.id)
    let cols = n.governments.map(\.id)
    let r = UCINETExport.problem(with: rows) == nil ? rows : rows.indices.map { "R\($0 + 1)" }
    let c = UCINETExport.problem(with: cols) == nil ? cols : cols.indices.map { "C\($0 + 1)" }
    return r + c
  }

  static func dl(_ n: TwoModeNetwork, to out: ExportSink) {
    let labels = dlLabels(n)
    let a = n.agreementCount
    out.write("DL nr=\(a), nc=\(n.nodes.count - a)\nformat = edgelist2\nrow labels:\n")
    for l in labels[..<a] { out.write(l + "\n") }
    out.write("column labels:\n")
    for l in labels[a...] { out.write(l + "\n") }
    out.write("data:\n")
    for (row, governments) in n.incidence.enumerated() {
      for g in governments { out.write("\(row + 1) \(g - a + 1)\n") }
    }
  }

  /// The nodes table of both modes: `Id` (or `dl_label,id` for the DL side file), then the
  /// two-mode attributes; unknown or not applicable values are empty.
  static func nodes(_ n: TwoModeNetwork, labels: [String]?, to out: ExportSink) {
    let names = TwoModeNetwork.attributes.map { $0.role == .label ? (labels == nil ? "Label" : "name_zh") : $0.name }
    out.write(CSVWriter.record((labels == nil ? ["Id"] : ["dl_label", "id"]) + names))
    for (i, node) in n.nodes.enumerated() {
      let head = labels.map { [$0[i], node.id] } ?? [node.id]
      out.write(CSVWriter.record(head + TwoModeNetwork.attributes.map { $0.value(node)?.text ?? "" }))
    }
  }

  /// The incidence matrix: `agreement` then one column per government id; 1 where it takes part.
  static func incidence(_ n: TwoModeNetwork, to out: ExportSink) {
    let a = n.agreementCount
    out.write(CSVWriter.record(["agreement"] + n.governments.map(\.id)))
    var row = [String](repeating: "0", count: n.nodes.count - a)
    for (i, governments) in n.incidence.enumerated() {
      for g in governments { row[g - a] = "1" }
      out.write(CSVWriter.record([n.nodes[i].id] + row))
      for g in governments { row[g - a] = "0" }
    }
  }

  static func graphML(_ n: TwoModeNetwork, to out: ExportSink) {
    let keys = [(domain: "node", name: "dataset_id", type: "string")]
      + TwoModeNetwork.attributes.map { (domain: "node", name: $0.name, type: GraphMLExport.type($0.type)) }
    let graph = [
      ("description", n.provenanceLine), ("filter", FilterSummary.text(n.filter)),
      ("aggregation", n.filter.aggregation.rawValue),
    ]
    let key = GraphMLExport.header(keys, graph: graph, to: out)
    let ids = XMLName.tokens(for: n.nodes.map(\.id))
    let keyIDs = TwoModeNetwork.attributes.map { key["node/" + $0.name]! }
    for (i, node) in n.nodes.enumerated() {
      out.write("    <node id=\"\(XMLText.escape(ids[i]))\">\n" + GraphMLExport.data(key["node/dataset_id"]!, node.id))
      for (a, k) in zip(TwoModeNetwork.attributes, keyIDs) {
        if let v = a.value(node) { out.write(GraphMLExport.data(k, v.text)) }
      }
      out.write("    </node>\n")
    }
    var e = 0
    for (row, governments) in n.incidence.enumerated() {
      for g in governments {
        out.write("    <edge" + XMLText.attributes([("id", "e\(e)"), ("source", ids[row]), ("target", ids[g])]) + "/>\n")
        e += 1
      }
    }
    out.write("  </graph>\n</graphml>\n")
  }

  static func about(_ n: TwoModeNetwork, dl: Bool) -> String {
    var lines = [n.provenanceLine, "Filter (JSON): " + FilterSummary.json(n.filter).serialized()]
    lines.append("Two-mode: agreements (bipartite 0) x governments (bipartite 1); degree = governments per agreement, agreements per government.")
    if dl {
      lines.append("DL: rows = agreements, columns = governments (format = edgelist2, one 'row column' pair per affiliation); labels.csv maps DL labels to ids, names and degrees.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// UCINET DL, `edgelist1` with `labels embedded`, plus a UTF-8 side file of Chinese names.
///
/// UCINET has no Unicode and upper-cases labels, truncating them to 18 characters, so the DL
/// file uses ASCII labels: the dataset ids when every id is ASCII letters, digits, `-`, `_` or
/// `.`, starts with a letter, has at most 18 characters and stays unique once upper-cased;
/// otherwise `N1`…`Nn` for all nodes, with the reason in `about.txt`. `labels.csv` maps each DL
/// label to its dataset id, names and the other node attributes. Each tie is written once
/// (i j weight); UCINET reads that as one direction, so `dl.about.txt` says to symmetrize after
/// import (Transform → Symmetrize).
public struct UCINETExport: Sendable {
  /// The network the files describe.
  public let network: ExportNetwork
  /// The DL label of each node.
  public let labels: [String]
  /// Why the dataset ids could not be used, or nil when they are.
  public let fallbackReason: String?

  /// Chooses the DL labels for a network (dataset ids, or N1…Nn when they do not fit).
  public init(network: ExportNetwork) {
    self.network = network
    let ids = network.nodes.map(\.id)
    fallbackReason = Self.problem(with: ids)
    labels = fallbackReason == nil ? ids : ids.indices.map { "N\($0 + 1)" }
  }

  /// The first reason the ids cannot be DL labels, or nil.
  static func problem(with ids: [String]) -> String? {
    var seen: [String: String] = [:]
    for id in ids {
      let bytes = Array(id.utf8)
      let allowed = bytes.allSatisfy { b in
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
          || b == 0x5F || b == 0x2E
      }
      let startsWithLetter = bytes.first.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false
      if !allowed || !startsWithLetter {
        return "id '\(id)' is not an ASCII letter followed by letters, digits, '-', '_' or '.'"
      }
      if bytes.count > 18 { return "id '\(id)' is longer than UCINET's 18 characters" }
      let upper = id.uppercased()
      if let other = seen[upper] { return "ids '\(other)' and '\(id)' are the same once upper-cased" }
      seen[upper] = id
    }
    return nil
  }

  /// The DL file.
  public func dl() -> String { String(decoding: ExportSink.collect(writeDL), as: UTF8.self) }

  /// Streams the DL file.
  public func writeDL(to out: ExportSink) {
    out.write("DL n=\(network.nodes.count)\nformat = edgelist1\nlabels embedded:\ndata:\n")
    for t in network.ties { out.write("\(labels[t.source]) \(labels[t.target]) \(t.weight)\n") }
  }

  /// Column names of the side file: the DL label, the dataset id, then the node attributes of the
  /// export schema (the Chinese name as `name_zh`).
  public var labelsHeader: [String] {
    ["dl_label", "id"] + network.nodeAttributes.map { $0.role == .label ? "name_zh" : $0.name }
  }

  /// The side file: DL label → dataset id, names, level, province, in-region and the other node
  /// attributes, so UCINET (which cannot hold them in the DL) can attach them.
  public func labelsCSV() -> String { String(decoding: ExportSink.collect(writeLabels), as: UTF8.self) }

  /// Streams the side file.
  public func writeLabels(to out: ExportSink) {
    out.write(CSVWriter.record(labelsHeader))
    for (i, n) in network.nodes.enumerated() {
      out.write(CSVWriter.record([labels[i], n.id] + network.nodeAttributes.map { $0.value(n)?.text ?? "" }))
    }
  }

  /// What the notes file says about direction: UCINET reads each `i j w` line as one arc.
  public static let symmetrizeNote =
    "Ties: each undirected tie is written once (i j weight), which UCINET reads as ONE direction; "
    + "symmetrise after import (Transform > Symmetrize, method Maximum) to get the undirected network."

  /// The notes file: dataset, filter, direction, and how the DL labels were chosen.
  public func about() -> String {
    let rule = fallbackReason.map { "DL labels: N1..N\(network.nodes.count) instead of the dataset ids, because \($0); see labels.csv." }
      ?? "DL labels: the dataset ids (UCINET shows them upper-cased); Chinese names in labels.csv."
    let side = "labels.csv: per node its DL label, id, Chinese name, level, parent, province, in-region and coordinates."
    return (ExportText.aboutLines(network) + [Self.symmetrizeNote, rule, side]).joined(separator: "\n") + "\n"
  }
}

/// Gephi's spreadsheet import: a nodes table (`Id,Label,…`) and an edges table
/// (`Source,Target,Type,Weight,…`), RFC 4180 CSV via `CSVWriter`, one column per attribute of the
/// export schema, then a `Timeset` column.
///
/// `Timeset` holds the row's interval in Gephi's syntax, `<[2016-01-01, 2018-03-02]>` (the same
/// spell as the GEXF export: first agreement to the export's last date), which Gephi's importer
/// reads as an interval set (choose *Intervals* as the time representation) and which drives the
/// timeline. A CSV table has no room for comments, so the filter goes to a third file, `about.txt`.
public struct GephiCSVExport: Sendable {
  /// The network the tables describe.
  public let network: ExportNetwork

  /// Tables of a network.
  public init(network: ExportNetwork) { self.network = network }

  /// Gephi's own column name for a role (`Label`, `Weight`), or the attribute's name.
  private static func column<S>(_ a: ExportAttribute<S>) -> String {
    switch a.role {
    case .label: "Label"
    case .weight: "Weight"
    case nil: a.name
    }
  }

  /// Column names of the nodes table.
  public var nodeHeader: [String] { ["Id"] + network.nodeAttributes.map(Self.column) + ["Timeset"] }
  /// Column names of the edges table; Gephi recognises `Source`, `Target`, `Type`, `Weight`, `Timeset`.
  public var edgeHeader: [String] {
    ["Source", "Target", "Type"] + network.tieAttributes.map(Self.column) + ["Timeset"]
  }

  private var end: String? { network.endDate.map(ExportText.fullDate) }

  /// Gephi's interval-set text for a spell from `start` to the export's end.
  static func timeset(_ start: CalendarDate, end: String?) -> String {
    "<[" + ExportText.fullDate(start) + ", " + (end ?? ExportText.fullDate(start)) + "]>"
  }

  /// The nodes table; unknown values (missing coordinates) are empty cells.
  public func nodes() -> String { String(decoding: ExportSink.collect(writeNodes), as: UTF8.self) }

  /// The edges table: one undirected row per tie, lists (agreement ids, domains) joined by `;`.
  public func edges() -> String { String(decoding: ExportSink.collect(writeEdges), as: UTF8.self) }

  /// Streams the nodes table.
  public func writeNodes(to out: ExportSink) {
    let end = end
    out.write(CSVWriter.record(nodeHeader))
    for n in network.nodes {
      out.write(CSVWriter.record(
        [n.id] + network.nodeAttributes.map { $0.value(n)?.text ?? "" } + [Self.timeset(n.firstDate, end: end)]))
    }
  }

  /// Streams the edges table.
  public func writeEdges(to out: ExportSink) {
    let end = end
    out.write(CSVWriter.record(edgeHeader))
    for t in network.ties {
      out.write(CSVWriter.record(
        [network.nodes[t.source].id, network.nodes[t.target].id, "Undirected"]
          + network.tieAttributes.map { $0.value(t)?.text ?? "" } + [Self.timeset(t.firstDate, end: end)]))
    }
  }

  /// The side file recording the dataset and filter.
  public func about() -> String {
    ExportText.aboutLines(network).joined(separator: "\n") + "\n"
  }
}

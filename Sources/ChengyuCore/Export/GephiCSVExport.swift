/// Gephi's spreadsheet import: a nodes table (`Id,Label,…`) and an edges table
/// (`Source,Target,Type,Weight,…`), RFC 4180 CSV via `CSVWriter`.
///
/// A CSV table has no room for comments, so the filter goes to a third file, `about.txt`.
public struct GephiCSVExport: Sendable {
  /// The network the tables describe.
  public let network: ExportNetwork

  /// Tables of a network.
  public init(network: ExportNetwork) { self.network = network }

  /// Column names of the two tables; Gephi recognises `Id`, `Label`, `Source`, `Target`, `Type`, `Weight`.
  public static let nodeHeader = ["Id", "Label", "name_en", "level", "province", "in_region", "lat", "lon"]
  public static let edgeHeader = [
    "Source", "Target", "Type", "Weight", "governance", "collaboration", "first_year", "last_year", "agreements",
  ]

  /// The nodes table; missing coordinates are empty cells.
  public func nodes() -> String {
    CSVWriter.document(header: Self.nodeHeader, rows: network.nodes.map { n in
      [n.id, n.label, n.nameEn, n.level, n.province, n.inRegion ? "true" : "false",
       n.latitude.map(ExportText.number) ?? "", n.longitude.map(ExportText.number) ?? ""]
    })
  }

  /// The edges table: one undirected row per tie, agreement ids joined by `;`.
  public func edges() -> String {
    CSVWriter.document(header: Self.edgeHeader, rows: network.ties.map { t in
      [network.nodes[t.source].id, network.nodes[t.target].id, "Undirected", String(t.weight),
       String(t.governance), String(t.collaboration), String(t.firstDate.year), String(t.lastDate.year),
       t.agreementIDs.joined(separator: ";")]
    })
  }

  /// The side file recording the dataset and filter.
  public func about() -> String {
    ExportText.aboutLines(network).joined(separator: "\n") + "\n"
  }
}

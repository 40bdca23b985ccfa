/// The file formats `chengyu export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case csv, graphml, gexf, pajek, dl, dot, json

  /// The files a format produces, as suffixes added to the output base name; the first is the
  /// main file (the one written to stdout when there is no `-o`).
  public var suffixes: [String] {
    switch self {
    case .csv: ["edges.csv", "nodes.csv", "about.txt"]
    case .graphml: ["graphml"]
    case .gexf: ["gexf"]
    case .pajek: ["net"]
    case .dl: ["dl", "labels.csv", "about.txt"]
    case .dot: ["dot"]
    case .json: ["json"]
    }
  }

  /// Where the files go for `-o output`: a one-file format writes exactly `output`; a format with
  /// side files treats `output` as a base name (dropping a trailing `.csv` or `.dl`) and adds each
  /// suffix, e.g. `net` → `net.edges.csv`, `net.nodes.csv`, `net.about.txt`.
  public func paths(for output: String) -> [String] {
    guard suffixes.count > 1 else { return [output] }
    var base = output
    for ext in [".csv", ".dl"] where base.hasSuffix(ext) && base.count > ext.count {
      base.removeLast(ext.count)
      break
    }
    return suffixes.map { base + "." + $0 }
  }

  /// The files of the export of a network, in the order of `suffixes`.
  ///
  /// `excel` adds a UTF-8 byte-order mark to CSV files so Excel reads Chinese correctly.
  public func render(_ network: ExportNetwork, excel: Bool = false) -> [[UInt8]] {
    switch self {
    case .csv:
      let csv = GephiCSVExport(network: network)
      return [csv.edges(), csv.nodes()].map { ExportText.bytes($0, bom: excel) }
        + [ExportText.bytes(csv.about(), bom: false)]
    case .graphml: return [ExportText.bytes(GraphMLExport.render(network), bom: false)]
    case .gexf: return [ExportText.bytes(GEXFExport.render(network), bom: false)]
    case .pajek: return [ExportText.bytes(PajekExport.render(network), bom: false)]
    case .dl:
      let dl = UCINETExport(network: network)
      return [ExportText.bytes(dl.dl(), bom: false), ExportText.bytes(dl.labelsCSV(), bom: excel),
        ExportText.bytes(dl.about(), bom: false)]
    case .dot: return [ExportText.bytes(DOTExport.render(network), bom: false)]
    case .json: return [ExportText.bytes(JSONExport.render(network), bom: false)]
    }
  }
}

extension ExportFormat {
  /// Renders a network and writes its files atomically to `paths(for: output)`; returns the
  /// paths written. Shared by `chengyu export` and the explorer, so both write the same files.
  @discardableResult
  public func write(
    _ network: ExportNetwork, to output: String, force: Bool, excel: Bool = false
  ) throws(AtomicFileError) -> [String] {
    let paths = paths(for: output)
    let items = zip(paths, render(network, excel: excel)).map { AtomicFile.Item(path: $0, bytes: $1) }
    try AtomicFile.write(items, force: force)
    return paths
  }
}

/// Small text helpers shared by the exporters.
enum ExportText {
  /// UTF-8 bytes, with a byte-order mark first when asked.
  static func bytes(_ text: String, bom: Bool) -> [UInt8] {
    (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
  }

  /// A coordinate or other number as the shortest text that reads back to the same value.
  static func number(_ d: Double) -> String { "\(d)" }

  /// A date for tools that need a full day: a year alone becomes 1 January, a month its first day.
  static func fullDate(_ d: CalendarDate) -> String {
    let y = String(d.year)
    let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + pad(d.month ?? 1) + "-"
      + pad(d.day ?? 1)
  }

  /// Lines of the provenance note shared by the `about.txt` side files.
  static func aboutLines(_ network: ExportNetwork) -> [String] {
    [network.provenanceLine, "Filter (JSON): " + FilterSummary.json(network.filter).serialized()]
  }
}

/// The file formats `chengyu export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case csv, graphml, gexf, pajek, dl, dot, json

  /// The files a format produces, as suffixes added to the output base name; the first is the
  /// main file (the one written to stdout when there is no `-o`). The two side-file formats have
  /// differently named notes (`about.txt`, `dl.about.txt`), so `csv` and `dl` exports to the same
  /// base name never overwrite each other.
  public var suffixes: [String] {
    switch self {
    case .csv: ["edges.csv", "nodes.csv", "about.txt"]
    case .graphml: ["graphml"]
    case .gexf: ["gexf"]
    case .pajek: ["net"]
    case .dl: ["dl", "labels.csv", "dl.about.txt"]
    case .dot: ["dot"]
    case .json: ["json"]
    }
  }

  /// Where the files go for `-o output`: a one-file format writes exactly `output`; a format with
  /// side files treats `output` as a base name (dropping a trailing `.csv` or `.dl`) and adds each
  /// suffix, e.g. `net` → `net.edges.csv`, `net.nodes.csv`, `net.about.txt`.
  public func paths(for output: String) -> [String] {
    ExportFormat.paths(for: output, suffixes: suffixes)
  }

  /// `paths(for:)` for any list of suffixes (the two-mode exports use their own).
  static func paths(for output: String, suffixes: [String]) -> [String] {
    guard suffixes.count > 1 else { return [output] }
    var base = output
    for ext in [".csv", ".dl"] where base.hasSuffix(ext) && base.count > ext.count {
      base.removeLast(ext.count)
      break
    }
    return suffixes.map { base + "." + $0 }
  }

  /// True for formats with CSV tables among their files (`csv`: edges and nodes; `dl`: the
  /// labels side file), the ones `excel` (a UTF-8 byte-order mark) changes.
  public var hasCSVTables: Bool { self == .csv || self == .dl }

  /// Writes file `index` (in the order of `suffixes`) of the export of a network into a sink.
  ///
  /// `excel` adds a UTF-8 byte-order mark to CSV tables so Excel reads Chinese correctly.
  public func write(
    _ network: ExportNetwork, file index: Int, to sink: ExportSink, excel: Bool = false,
    options: ExportOptions = ExportOptions()
  ) {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    switch (self, index) {
    case (.csv, 0), (.csv, 1):
      if excel { sink.write(bytes: bom) }
      let csv = GephiCSVExport(network: network)
      index == 0 ? csv.writeEdges(to: sink) : csv.writeNodes(to: sink)
    case (.csv, _): sink.write(GephiCSVExport(network: network).about())
    case (.graphml, _): GraphMLExport.write(network, to: sink)
    case (.gexf, _): GEXFExport.write(network, version: options.gexfVersion, to: sink)
    case (.pajek, _): PajekExport.write(network, to: sink)
    case (.dl, 0): UCINETExport(network: network).writeDL(to: sink)
    case (.dl, 1):
      if excel { sink.write(bytes: bom) }
      UCINETExport(network: network).writeLabels(to: sink)
    case (.dl, _): sink.write(UCINETExport(network: network).about())
    case (.dot, _): DOTExport.write(network, to: sink)
    case (.json, _): JSONExport.write(network, to: sink)
    }
  }

  /// The files of the export of a network, in the order of `suffixes`, in memory.
  public func render(_ network: ExportNetwork, excel: Bool = false, options: ExportOptions = ExportOptions()) -> [[UInt8]] {
    suffixes.indices.map { i in ExportSink.collect { write(network, file: i, to: $0, excel: excel, options: options) } }
  }
}

/// Choices that change a format's output beyond the network itself.
public struct ExportOptions: Sendable, Equatable {
  /// The GEXF version: 1.3 (default) or 1.2draft for readers that refuse 1.3.
  public var gexfVersion: GEXFExport.Version
  /// Default options: GEXF 1.3.
  public init(gexfVersion: GEXFExport.Version = .v1_3) { self.gexfVersion = gexfVersion }
}

extension ExportFormat {
  /// Writes a network's files atomically to `paths(for: output)`, streaming each into its
  /// temporary file; returns the paths written. Shared by `chengyu export` and the explorer, so
  /// both write the same files.
  @discardableResult
  public func write(
    _ network: ExportNetwork, to output: String, force: Bool, excel: Bool = false,
    options: ExportOptions = ExportOptions()
  ) throws(AtomicFileError) -> [String] {
    let paths = paths(for: output)
    try AtomicFile.write(paths: paths, force: force) { i, sink in
      write(network, file: i, to: sink, excel: excel, options: options)
    }
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

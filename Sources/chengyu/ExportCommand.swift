import ArgumentParser
import ChengyuCore

/// `chengyu export`: the filtered network as a file Gephi, UCINET, Pajek, graphviz or networkx
/// reads, written atomically.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the filtered network for Gephi, UCINET, Pajek, graphviz or networkx.",
    discussion: """
      Formats:
        csv      Gephi spreadsheet: BASE.edges.csv, BASE.nodes.csv, BASE.about.txt
        graphml  typed keys for every attribute
        gexf     GEXF 1.3 (or --gexf-version 1.2), dynamic: ties appear on
                 their first agreement, weights grow year by year
        pajek    .net with quoted labels
        dl       UCINET edgelist1: BASE.dl, BASE.labels.csv (Chinese names,
                 level, province, in-region), BASE.dl.about.txt
        dot      graphviz
        json     nodes and ties with their agreements
      Without -o (or with -o -) the main file goes to stdout: for csv the
      edges table, for dl the DL file. Files are written atomically; an
      existing file is kept unless --force is given. See docs/export.md.

      --two-mode writes the agreement x government affiliation network
      instead (formats dl, graphml, csv): a two-mode UCINET DL (nr/nc,
      edgelist2), a bipartite GraphML (node attribute bipartite 0/1) or an
      incidence CSV (BASE.incidence.csv, BASE.nodes.csv, BASE.about.txt);
      each government carries its two-mode degree.

      Examples:
        chengyu export --format gexf -o growth.gexf
        chengyu export --format csv --family governance --excel -o governance
        chengyu export --format json --years 2016-2017 | jq .tie_count
        chengyu export --format gexf --gexf-version 1.2 -o old-networkx.gexf
        chengyu export --two-mode --format graphml -o affiliation.graphml
        chengyu export --format gexf --ego chengdu -o chengdu-ego.gexf
      """)

  @Option(help: ArgumentHelp("csv, graphml, gexf, pajek, dl, dot or json.", valueName: "format"))
  var format: String
  @OptionGroup var dataOptions: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  /// Accepted on every command; this one prints no localized text yet.
  @OptionGroup var languageOptions: LanguageOptions
  @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
    "File to write (a base name for csv and dl); - or none for stdout.", valueName: "file"))
  var output: String?
  @Flag(help: "Overwrite existing files.")
  var force = false
  @Flag(help: "Start CSV files with a UTF-8 byte-order mark so Excel shows Chinese correctly.")
  var excel = false
  @Option(name: .customLong("gexf-version"), help: ArgumentHelp(
    "GEXF version: 1.3 (default) or 1.2 (1.2draft, for networkx before 3.6).", valueName: "version"))
  var gexfVersion: String?
  @Flag(name: .customLong("two-mode"), help: "Export the agreement x government affiliation network (dl, graphml, csv).")
  var twoMode = false
  @Option(help: ArgumentHelp("Only this city's ego network: it, its partners and their ties.", valueName: "city"))
  var ego: String?

  func validate() throws {
    guard ExportFormat(rawValue: format) != nil else {
      throw UnknownValue(kind: "format", value: format, known: ExportFormat.allCases.map(\.rawValue)).exit()
    }
    if let gexfVersion {
      guard format == "gexf" else { throw ValidationError("--gexf-version applies to --format gexf only") }
      guard Self.gexfVersions[gexfVersion] != nil else {
        throw UnknownValue(kind: "GEXF version", value: gexfVersion, known: ["1.3", "1.2"]).exit()
      }
    }
    if twoMode, TwoModeFormat(rawValue: format) == nil {
      let known = TwoModeFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("--two-mode exports \(known) only, not '\(format)'")
    }
  }

  /// Accepted spellings of the GEXF versions.
  static let gexfVersions: [String: GEXFExport.Version] = ["1.3": .v1_3, "1.2": .v1_2, "1.2draft": .v1_2]

  func run() throws {
    let dataset = try dataOptions.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    let base = dataset.view(filter)
    let view = try ego.map { try EgoReport.view($0, of: base) } ?? base
    let origin = dataOptions.directory ?? "embedded"
    if twoMode {
      let format = TwoModeFormat(rawValue: format)!  // checked in validate()
      let network = TwoModeNetwork(view: view, origin: origin)
      if network.agreementCount == 0 { Diagnostics.printError("note: the filter leaves no agreements; the export is empty") }
      let summary = "\(network.agreementCount) agreements, \(network.governments.count) governments"
      try emit(suffixes: format.suffixes, summary: summary, stdout: { format.write(network, file: 0, to: $0, excel: excel) }) {
        try format.write(network, to: $0, force: force, excel: excel)
      }
      return
    }
    let format = ExportFormat(rawValue: format)!  // checked in validate()
    let options = ExportOptions(gexfVersion: gexfVersion.flatMap { Self.gexfVersions[$0] } ?? .v1_3)
    let network = ExportNetwork(view: view, origin: origin)
    if network.ties.isEmpty { Diagnostics.printError("note: the filter leaves no ties; the export is empty") }
    let summary = "\(network.nodes.count) nodes, \(network.ties.count) ties"
    try emit(suffixes: format.suffixes, summary: summary, stdout: {
      format.write(network, file: 0, to: $0, excel: excel, options: options)
    }) { try format.write(network, to: $0, force: force, excel: excel, options: options) }
  }

  /// Streams the main file to stdout (without `-o`), or writes every file and says which.
  private func emit(
    suffixes: [String], summary: String, stdout writeMain: (ExportSink) -> Void,
    files: (String) throws -> [String]
  ) throws {
    guard let output, output != "-" else {
      if suffixes.count > 1 {
        Diagnostics.printError("note: stdout gets the \(suffixes[0]) file only; use -o BASE for all \(suffixes.count) files")
      }
      let sink = ExportSink(descriptor: 1)
      writeMain(sink)
      sink.flush()
      if let failure = sink.failure {
        Diagnostics.printError("cannot write standard output: \(failure)")
        throw ExitCode(1)
      }
      return
    }
    do {
      let paths = try files(output)
      Diagnostics.printError("wrote \(paths.joined(separator: ", ")) (\(summary))")
    } catch {
      Diagnostics.printError(String(describing: error))
      throw ExitCode(1)
    }
  }
}

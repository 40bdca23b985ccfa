import ArgumentParser
import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

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
        gexf     GEXF 1.3, dynamic: ties appear on their first agreement
        pajek    .net with quoted labels
        dl       UCINET edgelist1: BASE.dl, BASE.labels.csv (Chinese names),
                 BASE.about.txt
        dot      graphviz
        json     nodes and ties with their agreements
      Without -o (or with -o -) the main file goes to stdout: for csv the
      edges table, for dl the DL file. Files are written atomically; an
      existing file is kept unless --force is given. See docs/export.md.

      Examples:
        chengyu export --format gexf -o growth.gexf
        chengyu export --format csv --family governance --excel -o governance
        chengyu export --format json --years 2016-2017 | jq .tie_count
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
  @Option(help: ArgumentHelp("Only this city's ego network: it, its partners and their ties.", valueName: "city"))
  var ego: String?

  func validate() throws {
    guard ExportFormat(rawValue: format) != nil else {
      throw UnknownValue(kind: "format", value: format, known: ExportFormat.allCases.map(\.rawValue)).exit()
    }
  }

  func run() throws {
    let format = ExportFormat(rawValue: format)!  // checked in validate()
    let dataset = try dataOptions.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    let view = try ego.map { try EgoReport.view($0, of: dataset.view(filter)) } ?? dataset.view(filter)
    let network = ExportNetwork(view: view, origin: dataOptions.directory ?? "embedded")
    if network.ties.isEmpty { Diagnostics.printError("note: the filter leaves no ties; the export is empty") }
    guard let output, output != "-" else {
      if format.suffixes.count > 1 {
        Diagnostics.printError(
          "note: stdout gets the \(format.suffixes[0]) file only; use -o BASE for all \(format.suffixes.count) files")
      }
      try Self.writeToStdout(format.render(network, excel: excel)[0])
      return
    }
    let paths: [String]
    do {
      paths = try format.write(network, to: output, force: force, excel: excel)
    } catch {
      Diagnostics.printError(error.description)
      throw ExitCode(1)
    }
    Diagnostics.printError(
      "wrote \(paths.joined(separator: ", ")) (\(network.nodes.count) nodes, \(network.ties.count) ties)")
  }

  private static func writeToStdout(_ bytes: [UInt8]) throws {
    let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stdout) }
    guard written == bytes.count, fflush(stdout) == 0 else {
      Diagnostics.printError("cannot write standard output: \(FileIO.lastErrorText())")
      throw ExitCode(1)
    }
  }
}

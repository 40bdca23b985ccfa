import ArgumentParser
import ChengyuCore

/// `chengyu stats`: counts of the (filtered) dataset and its network, as a table or JSON.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Counts of cities, agreements, policies and ties; per year; per mechanism; density.",
    discussion: """
      Every filter option applies. Top-level counts describe the filtered
      view; "dataset" in the JSON gives the raw record counts. See
      docs/cli.md for the JSON shape.

      Examples:
        chengyu stats
        chengyu stats --json
        chengyu stats --years 2016-2017 --family governance
        chengyu stats --aggregate city --in-region
        chengyu stats --measures --sort betweenness --family governance --years 2016-2020
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @OptionGroup var languageOptions: LanguageOptions
  @Flag(help: "Print JSON instead of a table.")
  var json = false
  @Flag(help: "Add network measures per city and for the whole network (docs/measures.md).")
  var measures = false
  @Flag(help: "With --measures: paths of length 1/weight and weighted eigenvector centrality.")
  var weighted = false
  @Option(help: ArgumentHelp(
    "With --measures: order the cities by this measure, highest first except constraint "
      + "(default degree): " + MeasureTable.cityIDs + ".",
    valueName: "measure"))
  var sort: String?

  func validate() throws {
    if weighted, !measures { throw ValidationError("--weighted applies to --measures only") }
    if let sort {
      guard measures else { throw ValidationError("--sort applies to --measures only (try: chengyu stats --measures --sort \(Diagnostics.echo(sort)))") }
      guard MeasureTable.city(sort) != nil else {
        throw ValidationError("unknown measure '\(Diagnostics.echo(sort))' for --sort (use \(MeasureTable.cityIDs))")
      }
    }
  }

  func run() throws {
    // Counts and measures read no text: only the ids (and the titles a search reads) are kept.
    let searches = !(filterOptions.text + filterOptions.agreementText).allSatisfy(\.isEmpty)
    let dataset = try data.load(keepingText: searches ? AgreementStore.TextField.searched : [.id])
    let filter = try filterOptions.makeFilter(for: dataset)
    let view = dataset.view(filter)
    let overview = StatsOverview(view: view, source: data.directory ?? "embedded")
    // Sections are kept as lists so further options (e.g. network measures) can append theirs.
    var report = measures ? MeasuresReport(view: view, weighted: weighted) : nil
    if let key = sort.flatMap(MeasureTable.city) { report?.sortKey = key }
    if json {
      let members = overview.jsonMembers() + (report.map { [$0.jsonMember()] } ?? [])
      Output.write(JSONValue.object(members).serialized(pretty: true) + "\n")
    } else {
      let blocks = overview.tableBlocks(languageOptions.language) + (report?.tableBlocks(languageOptions.language) ?? [])
      Output.write(blocks.joined(separator: "\n"))
    }
  }
}

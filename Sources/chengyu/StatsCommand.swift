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
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func run() throws {
    let dataset = try data.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    let view = dataset.view(filter)
    let overview = StatsOverview(view: view, source: data.directory ?? "embedded")
    // Sections are kept as lists so further options (e.g. network measures) can append theirs.
    if json {
      let members = overview.jsonMembers()
      Output.write(JSONValue.object(members).serialized(pretty: true) + "\n")
    } else {
      let blocks = overview.tableBlocks()
      Output.write(blocks.joined(separator: "\n"))
    }
  }
}

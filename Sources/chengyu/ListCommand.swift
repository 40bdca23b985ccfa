import ArgumentParser
import ChengyuCore

/// What `chengyu list` lists.
enum ListKind: String, CaseIterable, ExpressibleByArgument {
  case cities, ties, agreements, policies

  var sortKeys: [String] {
    switch self {
    case .cities: CityListing.sortKeys
    case .ties: TieListing.sortKeys
    case .agreements: AgreementListing.sortKeys
    case .policies: PolicyListing.sortKeys
    }
  }

  func listing(_ view: NetworkView, sort: String) -> Listing {
    switch self {
    case .cities: CityListing.make(view, sort: sort)
    case .ties: TieListing.make(view, sort: sort)
    case .agreements: AgreementListing.make(view, sort: sort)
    case .policies: PolicyListing.make(view, sort: sort)
    }
  }
}

/// `chengyu list KIND`: the records of the filtered view as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List cities, ties, agreements or policies of the (filtered) dataset.",
    discussion: """
      Sort keys (first is the default):
        cities      strength, ties, id, name, level, province
        ties        weight, governance, collaboration, id
        agreements  date, id, parties, family
        policies    date, id, level
      Tables cut long titles with "…" (use --wide, or csv/json for the full text).
      Columns and JSON keys are documented in docs/cli.md.

      Examples:
        chengyu list ties --family governance --limit 10
        chengyu list agreements --years 2016-2017 --format csv
        chengyu list agreements --format csv --excel > agreements.csv
        chengyu list cities --aggregate city --in-region --sort ties
        chengyu list policies --text 规划 --format json
      """)

  @Argument(help: ArgumentHelp("What to list.", valueName: "kind"))
  var kind: ListKind
  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @Option(help: "Output format: table, csv or json.")
  var format: OutputFormat = .table
  @Option(help: ArgumentHelp("Sort key (listed above; the first for each kind is the default).", valueName: "key"))
  var sort: String?
  // .unconditional: "--limit -1" is a value to reject plainly, not a missing value.
  @Option(parsing: .unconditional, help: ArgumentHelp("Print at most this many rows (0 or more).", valueName: "n"))
  var limit: Int?
  @Flag(help: "Do not cut long cells in tables.")
  var wide = false
  @Flag(help: "With --format csv: start with a UTF-8 byte-order mark so Excel shows Chinese correctly.")
  var excel = false

  func validate() throws {
    if let sort, !kind.sortKeys.contains(sort) {
      throw ValidationError("unknown sort key '\(Diagnostics.echo(sort))' for \(kind.rawValue) (use \(kind.sortKeys.joined(separator: ", ")))")
    }
    if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more (got \(limit))") }
    if excel, format != .csv { throw ValidationError("--excel applies to --format csv only") }
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    var listing = kind.listing(dataset.view(filter), sort: sort ?? kind.sortKeys[0])
    if let limit { listing.rows = Array(listing.rows.prefix(limit)) }
    // The byte-order mark makes Excel read the file as UTF-8 (else Chinese turns to mojibake).
    Output.write((excel ? "\u{FEFF}" : "") + listing.render(format, wide: wide))
  }
}

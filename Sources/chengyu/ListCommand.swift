import ArgumentParser
import ChengyuCore

/// What `chengyu list` lists.
enum ListKind: String, CaseIterable {
  case cities, ties, agreements, policies

  var sortKeys: [String] {
    switch self {
    case .cities: CityListing.sortKeys
    case .ties: TieListing.sortKeys
    case .agreements: AgreementListing.sortKeys
    case .policies: PolicyListing.sortKeys
    }
  }

  /// The Chinese name, accepted on the command line (`chengyu list 关系`).
  var nameZh: String {
    switch self {
    case .cities: "城市"
    case .ties: "关系"
    case .agreements: "协议"
    case .policies: "政策"
    }
  }

  /// Whether `--text` selects the rows it names (governments, ties) rather than agreements.
  var selectsByName: Bool { self == .cities || self == .ties }

  func listing(_ view: NetworkView, sort: String, names: RecordMatch, language: Language) -> Listing {
    switch self {
    case .cities: CityListing.make(view, sort: sort, names: names, language: language)
    case .ties: TieListing.make(view, sort: sort, names: names, language: language)
    case .agreements: AgreementListing.make(view, sort: sort, language: language)
    case .policies: PolicyListing.make(view, sort: sort, language: language)
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
      Tables cut long titles with "…" (use --wide, or csv/json for the full text)
      and end with a count line on stderr ("4 of 18 ties"). Columns and JSON
      keys are documented in docs/cli.md.

      --text on cities and ties keeps the rows its words name (成都, chengdu
      or cd: the same rows); --agreement-text narrows the agreements behind
      them instead. On agreements and policies both narrow the records.

      Examples:
        chengyu list ties --family governance --limit 10
        chengyu list agreements --years 2016-2017 --format csv
        chengyu list agreements --format csv --excel > agreements.csv
        chengyu list cities --aggregate city --in-region --sort ties
        chengyu list ties --aggregate city --text 成都 --text 重庆
        chengyu list policies --text 规划 --format json
      """)

  @Argument(help: ArgumentHelp("What to list: cities, ties, agreements or policies.", valueName: "kind"))
  var kindName: String
  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @OptionGroup var languageOptions: LanguageOptions
  @Option(help: ArgumentHelp("Output format: table, csv or json.", valueName: "format"))
  var format: String = "table"
  @Option(help: ArgumentHelp("Sort key (listed above; the first for each kind is the default).", valueName: "key"))
  var sort: String?
  // .unconditional: "--limit -1" is a value to reject plainly, not a missing value.
  @Option(parsing: .unconditional, help: ArgumentHelp("Print at most this many rows (0 or more).", valueName: "n"))
  var limit: Int?
  @Flag(help: "Do not cut long cells in tables.")
  var wide = false
  @Flag(help: "With --format csv: start with a UTF-8 byte-order mark so Excel shows Chinese correctly.")
  var excel = false

  /// The kind to list (`kindName` is checked in `validate()`).
  private var kind: ListKind { CategoryNames.knownListKind(kindName) ?? .cities }

  func validate() throws {
    let kind = try CategoryNames.listKind(kindName)
    let format = try CategoryNames.format(format)
    if let sort, !kind.sortKeys.contains(sort) {
      throw UnknownValue(kind: "sort key", value: sort, known: kind.sortKeys).exit()
    }
    if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more (got \(limit))") }
    if excel, format != .csv { throw ValidationError("--excel applies to --format csv only") }
  }

  func run() throws {
    let lang = languageOptions.language
    let dataset = try data.load()
    let format = try CategoryNames.format(format)
    let filter = try listFilter(for: dataset)
    let listing = make(dataset, filter)
    var shown = listing
    if let limit { shown.rows = Array(listing.rows.prefix(limit)) }
    // The byte-order mark makes Excel read the file as UTF-8 (else Chinese turns to mojibake).
    Output.write((excel ? "\u{FEFF}" : "") + shown.render(format, wide: wide))
    if format == .table { Diagnostics.printLine(listing.countLine(lang, shown: shown.rows.count)) }
    if listing.rows.isEmpty, filter.aggregation == .signed, !(filter.text.isEmpty && rowText.isEmpty) {
      var city = filter
      city.aggregation = .city
      let there = make(dataset, city).rows.count
      if there > 0 {
        Diagnostics.printError(CLIMsg.hintCityLevel.text(lang, listing.noun.count(there, lang)))
      }
    }
  }

  /// The words that select rows by name (`--text` on cities and ties), else "".
  private var rowText: String { kind.selectsByName ? filterOptions.text.joined(separator: " ") : "" }

  /// The filter: on cities and ties `--text` selects rows, so only `--agreement-text` narrows
  /// the agreements.
  private func listFilter(for dataset: Dataset) throws -> Filter {
    var filter = try filterOptions.makeFilter(for: dataset)
    if kind.selectsByName { filter.text = filterOptions.agreementText.joined(separator: " ") }
    return filter
  }

  /// The listing under `filter`; `total` counts the rows before the search words narrowed them.
  private func make(_ dataset: Dataset, _ filter: Filter) -> Listing {
    let view = dataset.view(filter)
    let names = RecordMatch(rowText, in: dataset, aggregation: filter.aggregation)
    var listing = kind.listing(view, sort: sort ?? kind.sortKeys[0], names: names, language: languageOptions.language)
    if !kind.selectsByName, !filter.text.isEmpty {
      var unsearched = filter
      unsearched.text = ""
      let v = dataset.view(unsearched)
      listing.total = kind == .agreements ? v.agreements.count : v.policies.count
    }
    return listing
  }
}

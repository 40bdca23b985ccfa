import ArgumentParser
import ChengyuCore

/// `chengyu compare --periods 2011-2015,2016-2017`: the filtered network in each period side by
/// side, its most central cities, and the ties gained or lost between consecutive periods.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare the network across two or more year ranges.",
    discussion: """
      Every filter option applies except --years (each period sets the
      years). Measures are unweighted unless --weighted; see
      docs/measures.md.

      Examples:
        chengyu compare --periods 2011-2015,2016-2017
        chengyu compare --periods 2011-2013,2014-2016,2017-2020 --json
        chengyu compare --periods 2011-2015,2016-2020 --aggregate city --top 10
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  /// Accepted on every command; this one prints no localized text yet.
  @OptionGroup var languageOptions: LanguageOptions
  @Option(help: ArgumentHelp("Two or more year ranges, comma-separated, e.g. 2011-2015,2016-2017.", valueName: "ranges"))
  var periods: String
  // .unconditional: "--top -1" is a value to reject plainly, not a missing value.
  @Option(parsing: .unconditional, help: ArgumentHelp("How many top cities to list per centrality.", valueName: "n"))
  var top = 5
  @Flag(help: "Paths of length 1/weight and weighted eigenvector centrality (docs/measures.md).")
  var weighted = false
  @Flag(help: "Print JSON instead of tables.")
  var json = false

  func validate() throws {
    guard filterOptions.years == nil else {
      throw ValidationError("--years does not apply to compare: give each range in --periods")
    }
    guard top >= 1 else { throw ValidationError("--top must be at least 1 (got \(top))") }
    _ = try parsedPeriods()
  }

  func parsedPeriods() throws -> [ClosedRange<Int>] {
    let parts = periods.split(separator: ",", omittingEmptySubsequences: false)
      .map { String($0).trimmingCharacters(in: " ") }
    guard parts.count >= 2 else {
      throw ValidationError("--periods needs two or more year ranges separated by commas, e.g. 2011-2015,2016-2017")
    }
    return try parts.map { try FilterOptions.parseYears($0) }
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    let comparison = PeriodComparison(
      dataset: dataset, filter: filter, periods: try parsedPeriods(), weighted: weighted)
    // No period has more nodes than the dataset has governments: --top 9223372036854775807 must
    // not allocate that many rows.
    let top = min(self.top, dataset.cities.count)
    if json {
      Output.write(comparison.json(top: top).serialized(pretty: true) + "\n")
    } else {
      Output.write(comparison.tableBlocks(top: top).joined(separator: "\n"))
    }
  }
}

extension String {
  /// The string without leading and trailing `c`.
  fileprivate func trimmingCharacters(in c: Character) -> String {
    String(drop { $0 == c }.reversed().drop { $0 == c }.reversed())
  }
}

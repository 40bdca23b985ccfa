import ArgumentParser
import ChengyuCore

/// The filter options shared by `stats`, `list`, `export` and `compare`: one `Filter` type for
/// the command line and the explorer.
struct FilterOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Mechanism family: governance or collaboration (repeatable).", valueName: "family"))
  var family: [String] = []
  @Option(help: ArgumentHelp("Mechanism type id from mechanisms.csv, e.g. joint-conference (repeatable).", valueName: "id"))
  var mechanism: [String] = []
  @Option(help: ArgumentHelp("Domain id from domains.csv, e.g. transport (repeatable).", valueName: "id"))
  var domain: [String] = []
  @Option(help: ArgumentHelp("Year or year range, e.g. 2016 or 2011-2017.", valueName: "range"))
  var years: String?
  @Option(help: ArgumentHelp("Party level: province, prefecture, district or county (repeatable).", valueName: "level"))
  var level: [String] = []
  @Flag(help: "Only governments inside the 2016 planning area.")
  var inRegion = false
  @Flag(help: "Only Sichuan–Chongqing ties (other datasets: ties across provinces).")
  var crossBorder = false
  @Option(help: ArgumentHelp(
    "Words that must all occur in an id, date, title or a party's Chinese or pinyin name (repeatable: --text 遂宁 --text 潼南 = '遂宁 潼南').",
    valueName: "text"))
  var text: [String] = []
  @Option(help: ArgumentHelp("Aggregation: signed (as signed), city or province.", valueName: "level"))
  var aggregate: String = "signed"
  @Option(help: ArgumentHelp("Only agreements with at most N parties as signed, e.g. 10 to set the region-wide declarations aside.", valueName: "n"))
  var maxParties: Int?
  @Option(help: ArgumentHelp("Only records of this confidence: high or medium (repeatable).", valueName: "level"))
  var confidence: [String] = []
  @Flag(help: "Keep every government in scope as a node, ties or not (a fixed actor set for density and measures).")
  var keepIsolates = false
  @Option(help: ArgumentHelp("Tie weights: count (agreements) or newman (each agreement of n parties adds 1/(n-1)).", valueName: "rule"))
  var weighting: String = "count"

  /// Checks what needs no dataset while parsing, so a mistake gets the subcommand's usage line.
  func validate() throws { _ = try syntaxFilter() }

  /// The filter these options describe, checked against the dataset's codebook.
  ///
  /// An unknown mechanism or domain id is a usage error (64), reported here rather than as a
  /// `ValidationError`, which after parsing would print the root command's usage line.
  func makeFilter(for dataset: Dataset) throws -> Filter {
    var f = try syntaxFilter()
    let mechanismIDs = dataset.codebook.mechanisms.map(\.id)
    for id in mechanism {
      guard mechanismIDs.contains(id) else {
        throw Self.usageError("unknown mechanism '\(id)' (known: \(mechanismIDs.joined(separator: ", ")))")
      }
      f.mechanisms.insert(id)
    }
    let domainIDs = dataset.codebook.domains.map(\.id)
    for id in domain {
      guard domainIDs.contains(id) else {
        throw Self.usageError("unknown domain '\(id)' (known: \(domainIDs.joined(separator: ", ")))")
      }
      f.domains.insert(id)
    }
    return f
  }

  private static func usageError(_ message: String) -> ExitCode {
    Diagnostics.printError(message)
    return ExitCode(64)
  }

  /// Everything but the codebook ids (mechanisms, domains), which depend on the dataset.
  private func syntaxFilter() throws -> Filter {
    var f = Filter()
    for name in family {
      guard let fam = MechanismFamily(rawValue: name) else {
        throw ValidationError("unknown family '\(name)' (use governance or collaboration)")
      }
      f.families.insert(fam)
    }
    if let years { f.years = try Self.parseYears(years) }
    for name in level {
      guard let l = AdminLevel(rawValue: name) else {
        throw ValidationError("unknown level '\(name)' (use province, prefecture, district or county)")
      }
      f.levels.insert(l)
    }
    f.inRegionOnly = inRegion
    f.crossBorderOnly = crossBorder
    f.text = text.joined(separator: " ")
    guard let agg = AggregationLevel(rawValue: aggregate) else {
      throw ValidationError("unknown aggregation '\(aggregate)' (use signed, city or province)")
    }
    f.aggregation = agg
    if let maxParties {
      guard maxParties >= 2 else { throw ValidationError("--max-parties must be at least 2 (an agreement has two or more parties)") }
      f.maxParties = maxParties
    }
    for level in confidence {
      guard Self.confidenceLevels.contains(level) else {
        throw ValidationError("unknown confidence '\(level)' (use \(Self.confidenceLevels.joined(separator: " or ")))")
      }
      f.confidences.insert(level)
    }
    f.keepIsolates = keepIsolates
    guard let w = TieWeighting(rawValue: weighting) else {
      throw ValidationError("unknown weighting '\(weighting)' (use count or newman)")
    }
    f.weighting = w
    return f
  }

  /// The confidence values of data/README.md.
  static let confidenceLevels = ["high", "medium"]

  /// `2016` or `2011-2017`.
  static func parseYears(_ text: String) throws -> ClosedRange<Int> {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count, (1...2).contains(numbers.count),
      numbers.allSatisfy({ (1000...9999).contains($0) }), numbers.first! <= numbers.last!
    else {
      throw ValidationError("bad year range '\(text)' (use YYYY or YYYY-YYYY, first year not after the last)")
    }
    return numbers.first!...numbers.last!
  }
}

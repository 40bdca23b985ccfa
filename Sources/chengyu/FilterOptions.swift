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
  @Option(help: ArgumentHelp(
    "Policy issuer: central (the State Council, ministries) or provincial (every issuer below; repeatable). Policies only.",
    valueName: "level"))
  var issuerLevel: [String] = []
  @Option(help: ArgumentHelp("Aggregation: signed (as signed), city or province.", valueName: "level"))
  var aggregate: String = "signed"

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
    for name in issuerLevel {
      guard let l = IssuerLevel(rawValue: name) else {
        throw ValidationError("unknown issuer level '\(TextSanitizer.clean(name))' (use central or provincial)")
      }
      f.issuerLevels.insert(l)
    }
    f.inRegionOnly = inRegion
    f.crossBorderOnly = crossBorder
    f.text = text.joined(separator: " ")
    guard let agg = AggregationLevel(rawValue: aggregate) else {
      throw ValidationError("unknown aggregation '\(aggregate)' (use signed, city or province)")
    }
    f.aggregation = agg
    return f
  }

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

import ArgumentParser
import ChengyuCore

/// The filter options shared by `stats`, `list`, `export` and `compare`: one `Filter` type for
/// the command line and the explorer.
struct FilterOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Mechanism family: governance (治理) or collaboration (协作) (repeatable).", valueName: "family"))
  var family: [String] = []
  @Option(help: ArgumentHelp(
    "Mechanism type: id or Chinese name from mechanisms.csv, e.g. joint-conference or 联席会议机制 (repeatable).",
    valueName: "id"))
  var mechanism: [String] = []
  @Option(help: ArgumentHelp("Domain: id or Chinese name from domains.csv, e.g. transport or 交通 (repeatable).", valueName: "id"))
  var domain: [String] = []
  @Option(help: ArgumentHelp("Year or year range, e.g. 2016 or 2011-2017.", valueName: "range"))
  var years: String?
  @Option(help: ArgumentHelp(
    "Party level: province, prefecture, district or county (省级, 地级, 区, 县) (repeatable).", valueName: "level"))
  var level: [String] = []
  @Flag(help: "Only governments inside the 2016 planning area.")
  var inRegion = false
  @Flag(help: "Only Sichuan–Chongqing ties (other datasets: ties across provinces).")
  var crossBorder = false
  @Option(help: ArgumentHelp(
    "Search words that must all match: a government named in Chinese, pinyin or initials (成都, chengdu, cd) matches what it signed; other words match ids, dates and titles. On list cities|ties: the rows the words name (repeatable).",
    valueName: "text"))
  var text: [String] = []
  @Option(help: ArgumentHelp(
    "Search words the agreements must match, as --text on agreements (for list cities|ties, whose --text selects rows).",
    valueName: "text"))
  var agreementText: [String] = []
  @Option(help: ArgumentHelp(
    "Policy issuer: central (the State Council, ministries) or provincial (every issuer below; repeatable). Policies only.",
    valueName: "level"))
  var issuerLevel: [String] = []
  @Option(help: ArgumentHelp("Aggregation: signed (as signed), city or province (签署方, 市级, 省级).", valueName: "level"))
  var aggregate: String = "signed"

  /// Checks what needs no dataset while parsing, so a mistake stops before the data loads.
  func validate() throws { _ = try syntaxFilter() }

  /// The filter these options describe, checked against the dataset's codebook; `--text` and
  /// `--agreement-text` both narrow the agreements (`list cities|ties` treats `--text` apart).
  ///
  /// An unknown value is a usage error (64) in the form of `UnknownValue`.
  func makeFilter(for dataset: Dataset) throws -> Filter {
    var f = try syntaxFilter()
    for name in mechanism { f.mechanisms.insert(try CategoryNames.mechanism(name, in: dataset.codebook)) }
    for name in domain { f.domains.insert(try CategoryNames.domain(name, in: dataset.codebook)) }
    return f
  }

  /// Everything but the codebook ids (mechanisms, domains), which depend on the dataset.
  private func syntaxFilter() throws -> Filter {
    var f = Filter()
    for name in family { f.families.insert(try CategoryNames.family(name)) }
    for name in level { f.levels.insert(try CategoryNames.level(name)) }
    for name in issuerLevel { f.issuerLevels.insert(try CategoryNames.issuerLevel(name)) }
    f.aggregation = try CategoryNames.aggregation(aggregate)
    if let years { f.years = try Self.parseYears(years) }
    f.inRegionOnly = inRegion
    f.crossBorderOnly = crossBorder
    f.text = (text + agreementText).joined(separator: " ")
    return f
  }

  /// `2016` or `2011-2017`: four digits each (Int(_:) alone would also take "+2017").
  static func parseYears(_ text: String) throws -> ClosedRange<Int> {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = parts.compactMap { $0.utf8.allSatisfy { (0x30...0x39).contains($0) } ? Int($0) : nil }
    guard numbers.count == parts.count, (1...2).contains(numbers.count),
      numbers.allSatisfy({ (1000...9999).contains($0) }), numbers.first! <= numbers.last!
    else {
      throw ValidationError("bad year range '\(Diagnostics.echo(text))' (use YYYY or YYYY-YYYY, first year not after the last)")
    }
    return numbers.first!...numbers.last!
  }
}

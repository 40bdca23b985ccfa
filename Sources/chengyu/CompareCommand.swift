import ArgumentParser
import ChengyuCore

/// `chengyu compare --periods 2011-2015,2016-2017`: the filtered network in each period side by
/// side, its most central cities, and the ties gained or lost between consecutive periods.
/// `chengyu compare --layers governance,collaboration`: two mechanism layers, their overlap and
/// the QAP correlation of their adjacency matrices.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare the network across year ranges (--periods) or mechanism layers (--layers).",
    discussion: """
      --periods: every filter option applies except --years (each period
      sets the years); 'stages' is 2011-2015,2016-2019,2020. Measures are
      unweighted unless --weighted; see docs/measures.md.
      --layers A,B: families or mechanism ids (default governance,
      collaboration); every filter option applies except --family and
      --mechanism. QAP correlates tie presence (0/1), or tie weights with
      --weighted.

      Examples:
        chengyu compare --periods 2011-2015,2016-2017
        chengyu compare --periods stages --in-region --keep-isolates
        chengyu compare --periods 2011-2013,2014-2016,2017-2020 --json --ties all
        chengyu compare --layers governance,collaboration --permutations 5000 --seed 7
        chengyu compare --layers joint-conference,framework-agreement --aggregate city
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  /// Tables and their labels follow --lang; JSON stays English.
  @OptionGroup var languageOptions: LanguageOptions
  @Option(help: ArgumentHelp(
    "Two or more year ranges, comma-separated (e.g. 2011-2015,2016-2017), or 'stages' (2011-2015,2016-2019,2020).",
    valueName: "ranges"))
  var periods: String?
  @Option(help: ArgumentHelp(
    "Compare two mechanism layers: families or mechanism ids, e.g. governance,collaboration (the default when the value is 'default').",
    valueName: "a,b"))
  var layers: String?
  // .unconditional: "--top -1" is a value to reject plainly, not a missing value.
  @Option(parsing: .unconditional, help: ArgumentHelp("How many top cities to list per centrality.", valueName: "n"))
  var top = 5
  @Option(parsing: .unconditional, help: ArgumentHelp("How many ties each tie list shows, or 'all'.", valueName: "n|all"))
  var ties = "20"
  @Option(parsing: .unconditional, help: ArgumentHelp("QAP permutations (--layers).", valueName: "n"))
  var permutations = 1000
  @Option(help: ArgumentHelp("Seed of the QAP permutations (--layers).", valueName: "n"))
  var seed: UInt64 = 1
  @Flag(help: "Periods: paths of length 1/weight and weighted eigenvector centrality. Layers: QAP on tie weights.")
  var weighted = false
  @Flag(help: "Print JSON instead of tables.")
  var json = false

  static let defaultLayers = "governance,collaboration"
  /// A bound that keeps a typo from running for hours.
  static let maxPermutations = 1_000_000

  func validate() throws {
    switch (periods, layers) {
    case (nil, nil): throw ValidationError("give --periods RANGES or --layers A,B")
    case (.some, .some): throw ValidationError("--periods and --layers are separate comparisons: give one")
    case (.some, nil):
      guard filterOptions.years == nil else {
        throw ValidationError("--years does not apply to compare --periods: give each range in --periods")
      }
      _ = try parsedPeriods()
    case (nil, .some):
      guard filterOptions.family.isEmpty, filterOptions.mechanism.isEmpty else {
        throw ValidationError("--family and --mechanism do not apply to compare --layers: the layers set them")
      }
      guard (1...Self.maxPermutations).contains(permutations) else {
        throw ValidationError("--permutations must be between 1 and \(Self.maxPermutations)")
      }
    }
    guard top >= 1 else { throw ValidationError("--top must be at least 1 (got \(top))") }
    _ = try tieLimit()
  }

  /// `--ties`: a count, or nil for all.
  func tieLimit() throws -> Int? {
    if ties == "all" { return nil }
    guard let n = Int(ties), n >= 0 else { throw ValidationError("--ties takes a number (0 or more) or 'all', not '\(ties)'") }
    return n
  }

  func parsedPeriods() throws -> [ClosedRange<Int>] {
    guard let periods else { return [] }
    if periods == "stages" { return PeriodComparison.nationalStages }
    let parts = periods.split(separator: ",", omittingEmptySubsequences: false)
      .map { String($0).trimmingCharacters(in: " ") }
    guard parts.count >= 2 else {
      throw ValidationError("--periods needs two or more year ranges separated by commas, e.g. 2011-2015,2016-2017, or 'stages'")
    }
    return try parts.map { try FilterOptions.parseYears($0) }
  }

  /// The two layers, checked against the dataset's codebook (an unknown id is a usage error).
  func parsedLayers(_ codebook: Codebook) throws -> (LayerComparison.Layer, LayerComparison.Layer) {
    let text = layers == "default" ? Self.defaultLayers : layers ?? Self.defaultLayers
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
    let known = (MechanismFamily.allCases.map(\.rawValue) + codebook.mechanisms.map(\.id)).joined(separator: ", ")
    guard parts.count == 2 else { throw usageError("--layers needs two layers separated by a comma, e.g. \(Self.defaultLayers)") }
    let parsed = try parts.map { id in
      guard let layer = LayerComparison.Layer(id, codebook: codebook) else {
        throw usageError("unknown layer '\(TextSanitizer.clean(id))' (known: \(known))")
      }
      return layer
    }
    guard parsed[0] != parsed[1] else { throw usageError("--layers needs two different layers") }
    return (parsed[0], parsed[1])
  }

  private func usageError(_ message: String) -> ExitCode {
    Diagnostics.printError(message)
    return ExitCode(64)
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    let limit = try tieLimit()
    if layers != nil {
      let comparison = LayerComparison(
        dataset: dataset, filter: filter, layers: try parsedLayers(dataset.codebook), weightedQAP: weighted,
        permutations: permutations, seed: seed)
      Output.write(json
        ? comparison.json(filter: filter, seed: seed, ties: limit).serialized(pretty: true) + "\n"
        : comparison.tableBlocks(filter: filter, seed: seed, ties: limit, language: languageOptions.language).joined(separator: "\n"))
      return
    }
    let comparison = PeriodComparison(
      dataset: dataset, filter: filter, periods: try parsedPeriods(), weighted: weighted)
    // No period has more nodes than the dataset has governments: --top 9223372036854775807 must
    // not allocate that many rows.
    let top = min(self.top, dataset.cities.count)
    if json {
      Output.write(comparison.json(top: top, ties: limit).serialized(pretty: true) + "\n")
    } else {
      Output.write(comparison.tableBlocks(top: top, ties: limit, language: languageOptions.language).joined(separator: "\n"))
    }
  }
}

extension String {
  /// The string without leading and trailing `c`.
  fileprivate func trimmingCharacters(in c: Character) -> String {
    String(drop { $0 == c }.reversed().drop { $0 == c }.reversed())
  }
}

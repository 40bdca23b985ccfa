/// Builds a `Dataset` from its five CSV files, reporting every problem with file and line.
///
/// All checks run even after a failure, so `chengyu validate` can list everything at once.
public enum DatasetLoader {
  /// What checking a dataset found: the dataset when nothing is wrong, every problem, and
  /// warnings (things that load but deserve a look, such as very large agreements).
  public struct Report: Sendable {
    public var dataset: Dataset?
    public var issues: [DatasetIssue]
    public var warnings: [DatasetIssue]
    /// Where agreements.csv was split to be parsed in two halves at once (nil: in one pass).
    var agreementsSplitAt: Int? = nil
  }

  /// How a load reads: which text fields of the agreements to keep, and whether agreements.csv
  /// may be parsed in two halves at once (tests force or forbid it).
  struct Options {
    /// The fields kept; with fewer than all, the file's bytes are not kept (`keepingText`).
    var keptText = Set(AgreementStore.TextField.allCases)
    var split = AgreementSplit.automatic
    /// Whether policies.csv is read beside agreements.csv (`PoliciesBeside`); nil: when the
    /// agreements are large enough to be split and two processors are online.
    var policiesBeside: Bool? = nil
  }

  /// Loads a dataset folder. Throws `DatasetError` listing every problem.
  public static func load(directory: String) throws(DatasetError) -> Dataset {
    try inspect(directory: directory).loaded()
  }

  /// Loads a dataset from file contents. Throws `DatasetError` listing every problem.
  public static func load(_ files: DatasetFiles) throws(DatasetError) -> Dataset {
    try inspect(files).loaded()
  }

  /// Checks a dataset folder: its dataset (when clean), problems and warnings. A folder of a
  /// researcher's own is checked with `provenance: .optional` (see `ProvenanceRule`).
  public static func inspect(directory: String, provenance rule: ProvenanceRule = .required) -> Report {
    if let reason = FileIO.notFolderReason(directory) {
      let issue = DatasetIssue(file: directory.isEmpty ? "''" : directory, line: nil, reason: reason)
      return Report(dataset: nil, issues: [issue], warnings: [])
    }
    return inspect(DatasetFiles.read(directory: directory), provenance: rule)
  }

  /// Checks a dataset from file contents: its dataset (when clean), problems and warnings.
  public static func inspect(_ files: DatasetFiles, provenance rule: ProvenanceRule = .required) -> Report {
    inspect(files, provenance: rule, progress: nil)
  }

  /// As `inspect(_:provenance:)`, telling `progress` how far it got (see `LoadProgress`).
  static func inspect(
    _ files: DatasetFiles, provenance rule: ProvenanceRule, progress: LoadProgress?, options: Options = Options()
  ) -> Report {
    var issues: [DatasetIssue] = []
    var builder = Builder(files: files, rule: rule)
    builder.progress = progress
    builder.keptText = options.keptText
    builder.split = options.split
    let (codebook, mechanismsRead, domainsRead) = builder.codebook(&issues)
    builder.progress?.finished("mechanisms.csv")
    builder.progress?.finished("domains.csv")
    builder.checkMechanisms = mechanismsRead
    builder.checkDomains = domainsRead
    let loadedCities = builder.cities(&issues)
    builder.progress?.finished("cities.csv")
    builder.checkCityReferences = loadedCities != nil
    let cities = loadedCities ?? []
    var cityIndex: [CityID: Int] = [:]
    for (i, c) in cities.enumerated() { cityIndex[c.id] = i }
    let large = (files.sizes["agreements.csv"] ?? 0) >= AgreementSplit.automaticMinimum && ParallelSources.processorCount >= 2
    let beside = (options.policiesBeside ?? large) ? PoliciesBeside(builder, cityIndex: cityIndex) : nil
    let agreements = builder.agreements(codebook: codebook, cityIDs: loadedCities?.map(\.id), &issues)
    builder.progress?.finished("agreements.csv")
    let policies = beside?.wait(&issues, warnings: &builder.warnings) ?? builder.policies(cityIndex: cityIndex, &issues)
    builder.progress?.finished("policies.csv")
    let split = builder.agreementsSplitAt
    guard issues.isEmpty else {
      return Report(dataset: nil, issues: issues, warnings: builder.warnings, agreementsSplitAt: split)
    }
    let dataset = Dataset(cities: cities, agreements: agreements, policies: policies, codebook: codebook)
    return Report(dataset: dataset, issues: [], warnings: builder.warnings, agreementsSplitAt: split)
  }

  /// Lists every problem of a dataset folder; empty when it is clean.
  public static func validate(directory: String) -> [DatasetIssue] {
    do {
      _ = try load(directory: directory)
      return []
    } catch {
      return error.issues
    }
  }

  struct Builder {
    let files: DatasetFiles
    /// Whether missing provenance is an error or a warning (see `ProvenanceRule`).
    let rule: ProvenanceRule
    /// False when cities.csv could not be read: references to cities then go unchecked.
    var checkCityReferences = true
    /// False when mechanisms.csv or domains.csv could not be read.
    var checkMechanisms = true
    var checkDomains = true
    /// Things that load but deserve a look (`chengyu validate` prints them).
    var warnings: [DatasetIssue] = []
    /// Where the share of bytes checked goes, when someone asked (see `LoadProgress`).
    var progress: LoadProgress?
    /// The agreements' text fields to keep (`Options.keptText`).
    var keptText = Set(AgreementStore.TextField.allCases)
    var split = AgreementSplit.automatic
    /// Set by `agreements` when it parsed the file in two halves.
    var agreementsSplitAt: Int?

    func table(_ name: String, _ required: [String], _ issues: inout [DatasetIssue]) -> CSVTable? {
      CSVTable.read(name, from: files, required: required, issues: &issues)
    }

    /// Reports ids seen before; returns false for a duplicate or empty id.
    func checkID(
      _ id: String, row: CSVTable.Row, table: CSVTable, seen: inout [String: Int],
      _ issues: inout [DatasetIssue]
    ) -> Bool {
      if id.isEmpty {
        issues.append(DatasetIssue(file: table.file, line: row.line, reason: "empty id"))
        return false
      }
      if !plainReferences(["id"], row: row, table: table, &issues) { return false }
      if let first = seen[id] {
        issues.append(DatasetIssue(
          file: table.file, line: row.line, reason: "duplicate id \"\(id)\" (first on line \(first))"))
        return false
      }
      seen[id] = row.line
      return true
    }

    /// Reports columns of ids (the row's own or references) holding a hidden character: a U+202E
    /// or U+FEFF inside an id would be shown as if the id were valid, or silently dropped.
    @discardableResult
    func plainReferences(
      _ columns: [String], row: CSVTable.Row, table: CSVTable, _ issues: inout [DatasetIssue]
    ) -> Bool {
      var ok = true
      for column in columns {
        guard let s = row.hiddenScalar(column) else { continue }
        issues.append(DatasetIssue(
          file: table.file, line: row.line, reason: Self.hiddenCharacterReason(column: column, scalar: s)))
        ok = false
      }
      return ok
    }

    static func hiddenCharacterReason(column: String, scalar s: Unicode.Scalar) -> String {
      let hex = String(s.value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return "\(column) contains the invisible or control character \(code) (ids must be plain visible text)"
    }

    func date(
      _ row: CSVTable.Row, table: CSVTable, _ issues: inout [DatasetIssue]
    ) -> CalendarDate? {
      let text = row["date"]
      if let d = CalendarDate(parsing: text) { return d }
      let reason = text.isEmpty
        ? "empty date (use YYYY, YYYY-MM or YYYY-MM-DD)"
        : "bad or impossible date \"\(text)\" (use YYYY, YYYY-MM or YYYY-MM-DD)"
      issues.append(DatasetIssue(file: table.file, line: row.line, reason: reason))
      return nil
    }

    mutating func provenance(
      _ row: CSVTable.Row, table: CSVTable, _ issues: inout [DatasetIssue]
    ) -> Provenance {
      warnEmptyProvenance(row, table: table, columns: Self.recordProvenanceColumns)
      if row["source_url"].isEmpty, rule == .required {
        issues.append(DatasetIssue(file: table.file, line: row.line, reason: "no source_url: every record names its public source"))
      }
      return Provenance(sourceURL: row["source_url"], evidence: row["evidence"], confidence: row["confidence"])
    }

    /// Resolves `;`-separated city ids, reporting unknown ones.
    func cityList(
      _ ids: [String], column: String, row: CSVTable.Row, table: CSVTable,
      cityIndex: [CityID: Int], _ issues: inout [DatasetIssue]
    ) -> [Int]? {
      guard checkCityReferences else { return nil }
      var result: [Int] = []
      var seen = Set<Int>()  // not result.contains: linear in a list of 100,000 parties
      var ok = true
      for id in ids {
        if let i = cityIndex[CityID(id)] {
          if seen.insert(i).inserted { result.append(i) }
        } else {
          issues.append(DatasetIssue(
            file: table.file, line: row.line, reason: "unknown city id \"\(id)\" in \(column)"))
          ok = false
        }
      }
      return ok ? result : nil
    }
  }
}

extension DatasetLoader.Report {
  /// The dataset, or the problems as an error.
  func loaded() throws(DatasetError) -> Dataset {
    guard let dataset else { throw DatasetError(issues: issues) }
    return dataset
  }
}

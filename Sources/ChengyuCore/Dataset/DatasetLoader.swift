/// Builds a `Dataset` from its five CSV files, reporting every problem with file and line.
///
/// All checks run even after a failure, so `chengyu validate` can list everything at once.
public enum DatasetLoader {
  /// Loads a dataset folder. Throws `DatasetError` listing every problem.
  public static func load(directory: String) throws(DatasetError) -> Dataset {
    guard FileIO.isDirectory(directory) else {
      throw DatasetError(issues: [DatasetIssue(file: directory, line: nil, reason: "is not a folder")])
    }
    return try load(DatasetFiles.read(directory: directory))
  }

  /// Loads a dataset from file contents. Throws `DatasetError` listing every problem.
  public static func load(_ files: DatasetFiles) throws(DatasetError) -> Dataset {
    try load(files, rule: .required, warnings: IssueSink())
  }

  static func load(
    _ files: DatasetFiles, rule: ProvenanceRule, warnings: IssueSink
  ) throws(DatasetError) -> Dataset {
    var issues: [DatasetIssue] = []
    var builder = Builder(files: files, rule: rule, warnings: warnings)
    let (codebook, mechanismsRead, domainsRead) = builder.codebook(&issues)
    builder.checkMechanisms = mechanismsRead
    builder.checkDomains = domainsRead
    let loadedCities = builder.cities(&issues)
    builder.checkCityReferences = loadedCities != nil
    let cities = loadedCities ?? []
    var cityIndex: [CityID: Int] = [:]
    for (i, c) in cities.enumerated() { cityIndex[c.id] = i }
    let agreements = builder.agreements(codebook: codebook, cityIndex: cityIndex, &issues)
    let policies = builder.policies(cityIndex: cityIndex, &issues)
    guard issues.isEmpty else { throw DatasetError(issues: issues) }
    return Dataset(cities: cities, agreements: agreements, policies: policies, codebook: codebook)
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
    let warnings: IssueSink
    /// False when cities.csv could not be read: references to cities then go unchecked.
    var checkCityReferences = true
    /// False when mechanisms.csv or domains.csv could not be read.
    var checkMechanisms = true
    var checkDomains = true

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
      if let first = seen[id] {
        issues.append(DatasetIssue(
          file: table.file, line: row.line, reason: "duplicate id \"\(id)\" (first on line \(first))"))
        return false
      }
      seen[id] = row.line
      return true
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

    func provenance(
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
      var ok = true
      for id in ids {
        if let i = cityIndex[CityID(id)] {
          if !result.contains(i) { result.append(i) }
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

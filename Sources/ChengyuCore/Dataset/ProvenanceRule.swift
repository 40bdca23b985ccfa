/// Whether a dataset must say where every record comes from.
///
/// The embedded dataset is a published reconstruction: every record names its source, and an
/// empty `source_url` is an error. A researcher's own folder is often a working copy of a coding
/// sheet without sources yet; there the provenance columns (`title_en`, `source_url`, `evidence`,
/// `confidence`, and cities' `source`) may be missing or empty, and each gap is a warning.
public enum ProvenanceRule: Sendable, Hashable {
  /// As for the embedded data: an empty `source_url` is an error (the test suite checks the rest).
  case required
  /// As for a folder given with `--data` or to `validate`: missing provenance is a warning.
  case optional
}

extension DatasetLoader {
  /// Loads a dataset folder under a provenance rule, dropping warnings. Throws every problem.
  public static func load(directory: String, provenance rule: ProvenanceRule) throws(DatasetError) -> Dataset {
    try inspect(directory: directory, provenance: rule).loaded()
  }
}

extension DatasetLoader.Builder {
  /// The provenance columns of agreements and policies, in the order messages list them.
  static let recordProvenanceColumns = ["title_en", "source_url", "evidence", "confidence"]

  /// The required columns of a file under the current rule: provenance columns are optional in
  /// a researcher's own data (and their absence is one warning for the whole file).
  func requiredColumns(_ columns: [String], provenance: [String]) -> [String] {
    rule == .required ? columns : columns.filter { !provenance.contains($0) }
  }

  /// One warning for provenance columns a file lacks (under `.optional` only).
  mutating func warnMissingColumns(_ provenance: [String], table: CSVTable) {
    warnMissingColumns(provenance, header: table.header, file: table.file, line: table.headerLine)
  }

  /// The same from a header's columns (the columnar agreements reader has no `CSVTable`).
  mutating func warnMissingColumns(_ provenance: [String], header: [String: Int], file: String, line: Int) {
    guard rule == .optional else { return }
    let missing = provenance.filter { header[$0] == nil }
    guard !missing.isEmpty else { return }
    let noun = missing.count == 1 ? "column" : "columns"
    warnings.append(DatasetIssue(
      file: file, line: line, reason: "no \(missing.joined(separator: ", ")) \(noun): its records name no source"))
  }

  /// Under `.optional`, one warning naming a row's empty provenance cells (columns the file has).
  mutating func warnEmptyProvenance(_ row: CSVTable.Row, table: CSVTable, columns: [String]) {
    guard rule == .optional else { return }
    let empty = columns.filter { table.header[$0] != nil && row[$0].isEmpty }
    guard !empty.isEmpty else { return }
    warnings.append(DatasetIssue(
      file: table.file, line: row.line, reason: "empty \(empty.joined(separator: ", "))"))
  }
}

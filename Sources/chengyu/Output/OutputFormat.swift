import ArgumentParser

/// `--format` of the listing commands.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  /// Aligned columns for people (long titles cut with "…").
  case table
  /// RFC 4180 CSV with a header row, full text.
  case csv
  /// A JSON array of objects, full text.
  case json
}

/// Writes to stdout without Foundation.
enum Output {
  static func write(_ text: String) {
    print(text, terminator: "")
  }
}

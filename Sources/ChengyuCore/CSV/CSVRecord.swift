/// One CSV record with the physical line it starts on (1-based), for error messages.
public struct CSVRecord: Sendable, Equatable {
  /// The 1-based physical line the record starts on.
  public var line: Int
  /// The fields, unquoted.
  public var fields: [String]

  /// A record.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}

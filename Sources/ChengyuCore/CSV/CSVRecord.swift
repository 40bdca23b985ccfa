/// One CSV record with the physical line it starts on (1-based), for error messages.
public struct CSVRecord: Sendable, Equatable {
  public var line: Int
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}

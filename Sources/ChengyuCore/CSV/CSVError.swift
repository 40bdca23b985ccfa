/// A CSV syntax error, at the physical line (1-based) where the offending quote is.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var reason: String

  /// An error at `line` with a sentence that says what is wrong and how to fix it.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  public var description: String { "line \(line): \(reason)" }
}

/// A CSV syntax error, at the physical line (1-based) where the offending quote is.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based physical line: where the unclosed quote opens, or where the stray text follows one.
  public var line: Int
  /// What is wrong, as a sentence for people.
  public var reason: String

  /// An error at `line` with a sentence that says what is wrong and how to fix it.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  /// `line N: reason`.
  public var description: String { "line \(line): \(reason)" }
}

/// A CSV syntax error, at the line where the offending record starts.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var reason: String

  public var description: String { "line \(line): \(reason)" }
}

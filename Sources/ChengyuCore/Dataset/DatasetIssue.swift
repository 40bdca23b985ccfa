/// One problem found in a dataset, with the file and line it is on.
public struct DatasetIssue: Sendable, Hashable, CustomStringConvertible {
  /// The file as messages show it (folder path and name, or `embedded:` and name).
  public var file: String
  /// 1-based physical line; nil when the problem concerns the whole file.
  public var line: Int?
  /// What is wrong, in plain words.
  public var reason: String

  /// An issue at a line of a file (nil: the whole file).
  public init(file: String, line: Int?, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: reason`, or `file: reason` without a line; a long value quoted from the data
  /// is cut.
  public var description: String {
    let reason = Self.shortened(self.reason)
    if let line { return "\(file):\(line): \(reason)" }
    return "\(file): \(reason)"
  }
}

/// Every problem that stopped a dataset from loading.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
  /// The problems, in the order they were found.
  public var issues: [DatasetIssue]
  /// An error listing these problems.
  public init(issues: [DatasetIssue]) { self.issues = issues }
  /// One issue per line, at most `shownPerKind` of each kind (`reportLines`).
  public var description: String { reportLines().joined(separator: "\n") }
}

/// One problem found in a dataset, with the file and line it is on.
public struct DatasetIssue: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  /// 1-based physical line; nil when the problem concerns the whole file.
  public var line: Int?
  public var reason: String

  public init(file: String, line: Int?, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  public var description: String {
    if let line { return "\(file):\(line): \(reason)" }
    return "\(file): \(reason)"
  }
}

/// Every problem that stopped a dataset from loading.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
  public var issues: [DatasetIssue]
  public init(issues: [DatasetIssue]) { self.issues = issues }
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}

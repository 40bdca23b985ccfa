/// Where a record comes from: kept on every agreement and policy.
public struct Provenance: Sendable, Hashable {
  public var sourceURL: String
  public var evidence: String
  /// `high` or `medium` in the shipped data; kept as written.
  public var confidence: String

  public init(sourceURL: String, evidence: String, confidence: String) {
    self.sourceURL = sourceURL
    self.evidence = evidence
    self.confidence = confidence
  }
}

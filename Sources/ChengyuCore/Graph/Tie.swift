/// An undirected tie between two nodes of a `CooperationGraph`.
///
/// Read-only outside Core: the weight is derived from the agreements, so the two cannot disagree.
public struct Tie: Sendable, Hashable {
  /// Node positions in the graph, `a < b`.
  public private(set) var a: Int
  public private(set) var b: Int
  /// Indices into `Dataset.agreements` of the agreements behind the tie (empty for graphs built
  /// from an edge list).
  public private(set) var agreements: [Int]
  /// Number of agreements behind the tie (or the given weight for edge-list graphs).
  public private(set) var weight: Int

  /// A tie; `weight` is used only when `agreements` is empty (edge-list graphs), otherwise the
  /// weight is the number of agreements.
  public init(a: Int, b: Int, agreements: [Int] = [], weight: Int? = nil) {
    self.a = min(a, b)
    self.b = max(a, b)
    self.agreements = agreements
    self.weight = agreements.isEmpty ? (weight ?? 0) : agreements.count
  }

  /// The other end of the tie.
  public func other(_ node: Int) -> Int { node == a ? b : a }

  /// Adds weight to an edge-list tie (one without agreements).
  mutating func addWeight(_ w: Int) {
    precondition(agreements.isEmpty, "a tie built from agreements has the weight of its agreements")
    weight += w
  }
}

/// An undirected tie between two nodes of a `CooperationGraph`.
public struct Tie: Sendable, Hashable {
  /// Node positions in the graph, `a < b`.
  public var a: Int
  public var b: Int
  /// Indices into `Dataset.agreements` of the agreements behind the tie (empty for graphs built
  /// from an edge list).
  public var agreements: [Int]
  /// Number of agreements behind the tie (or the given weight for edge-list graphs).
  public var weight: Int

  public init(a: Int, b: Int, agreements: [Int] = [], weight: Int? = nil) {
    self.a = min(a, b)
    self.b = max(a, b)
    self.agreements = agreements
    self.weight = weight ?? agreements.count
  }

  /// The other end of the tie.
  public func other(_ node: Int) -> Int { node == a ? b : a }
}

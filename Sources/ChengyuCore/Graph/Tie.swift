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
  /// Under `TieWeighting.newman`: Σ 1/(n − 1) over the tie's agreements (n = the agreement's
  /// parties in the view); nil under `count`, where `value` is `weight`.
  public var newmanWeight: Double?

  /// The weight that weighted measures read: `newmanWeight` when set, else the count.
  public var value: Double { newmanWeight ?? Double(weight) }

  public init(a: Int, b: Int, agreements: [Int] = [], weight: Int? = nil, newmanWeight: Double? = nil) {
    self.a = min(a, b)
    self.b = max(a, b)
    self.agreements = agreements
    self.weight = weight ?? agreements.count
    self.newmanWeight = newmanWeight
  }

  /// The other end of the tie.
  public func other(_ node: Int) -> Int { node == a ? b : a }
}

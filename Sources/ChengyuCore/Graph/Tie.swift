/// An undirected tie between two nodes of a `CooperationGraph`.
///
/// Read-only outside Core: the weight is derived from the agreements, so the two cannot disagree.
public struct Tie: Sendable, Hashable {
  /// Node positions in the graph, `a < b`.
  public private(set) var a: Int
  public private(set) var b: Int
  /// Indices into `Dataset.agreements` of the agreements behind the tie (empty for graphs built
  /// from an edge list); a window into an array shared by the network's ties.
  public private(set) var agreements: TieAgreements
  /// Number of agreements behind the tie (or the given weight for edge-list graphs).
  public private(set) var weight: Int
  /// Under `TieWeighting.newman`: Σ 1/(n − 1) over the tie's agreements (n = the agreement's
  /// parties in the view); nil under `count`, where `value` is `weight`.
  public private(set) var newmanWeight: Double?

  /// The weight that weighted measures read: `newmanWeight` when set, else the count.
  public var value: Double { newmanWeight ?? Double(weight) }

  /// A tie; `weight` is used only when `agreements` is empty (edge-list graphs), otherwise the
  /// weight is the number of agreements.
  public init(a: Int, b: Int, agreements: [Int] = [], weight: Int? = nil, newmanWeight: Double? = nil) {
    self.init(a: a, b: b, agreements: TieAgreements(agreements), weight: weight, newmanWeight: newmanWeight)
  }

  /// A tie over agreements already stored (another tie's, or a network's shared array).
  public init(a: Int, b: Int, agreements: TieAgreements, weight: Int? = nil, newmanWeight: Double? = nil) {
    self.a = min(a, b)
    self.b = max(a, b)
    self.agreements = agreements
    self.weight = agreements.isEmpty ? (weight ?? 0) : agreements.count
    self.newmanWeight = newmanWeight
  }

  /// The other end of the tie.
  public func other(_ node: Int) -> Int { node == a ? b : a }

  /// Adds weight to an edge-list tie (one without agreements).
  mutating func addWeight(_ w: Int) {
    precondition(agreements.isEmpty, "a tie built from agreements has the weight of its agreements")
    weight += w
  }
}

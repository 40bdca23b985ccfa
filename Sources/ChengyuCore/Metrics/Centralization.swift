/// Freeman's centralization of a network (Freeman 1979): how far the most central node stands
/// above the others, as a share of the largest possible difference, reached by a star. 1 for a
/// star, 0 when every node is equally central; nil when n is too small for the normalisation.
public struct Centralization: Sendable, Equatable {
  /// Σ (max − d) / ((n − 1)(n − 2)), over degrees; nil for n < 3.
  public let degree: Double?
  /// Σ (max − b) / (n − 1), over normalised betweenness; nil for n < 2.
  public let betweenness: Double?
  /// Σ (max − c) / ((n − 1)(n − 2) / (2n − 3)), over normalised closeness; nil for n < 3.
  public let closeness: Double?

  /// From the node measures; betweenness and closeness as computed (weighted or not).
  public init(degree d: [Int], betweenness b: [Double], closeness c: [Double]) {
    let n = Double(d.count)
    let spread = { (x: [Double]) -> Double in
      let top = x.max() ?? 0
      return x.reduce(0) { $0 + (top - $1) }
    }
    degree = d.count < 3 ? nil : spread(d.map(Double.init)) / ((n - 1) * (n - 2))
    betweenness = d.count < 2 ? nil : spread(b) / (n - 1)
    closeness = d.count < 3 ? nil : spread(c) / ((n - 1) * (n - 2) / (2 * n - 3))
  }
}

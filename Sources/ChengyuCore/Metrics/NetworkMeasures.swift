/// Whole-network figures for one graph.
public struct NetworkSummary: Sendable {
  public let nodes: Int
  public let ties: Int
  /// Sum of tie weights (agreement–pair incidences).
  public let totalWeight: Int
  /// 2m / (n(n − 1)).
  public let density: Double
  public let components: Int
  public let largestComponent: Int
  /// Mean local clustering, zeros included (networkx `average_clustering`).
  public let averageClustering: Double
  /// Transitivity: 3 × triangles / connected triples (networkx `transitivity`).
  public let transitivity: Double
  /// Longest shortest path in hops between two connected nodes (largest component diameter).
  public let diameter: Int
}

/// Every per-node measure of a graph plus its summary, computed once.
///
/// Node `i` is node `i` of the graph; the measures are unweighted unless `weighted` is set, in
/// which case betweenness, closeness and eigenvector read weights (strength always does).
public struct NetworkMeasures: Sendable {
  public let weighted: Bool
  public let degree: [Int]
  public let strength: [Int]
  public let betweenness: [Double]
  public let closeness: [Double]
  public let eigenvector: EigenvectorResult
  public let clustering: [Double]
  public let core: [Int]
  /// nil for isolated nodes.
  public let constraint: [Double?]
  /// nil for isolated nodes.
  public let effectiveSize: [Double?]
  public let summary: NetworkSummary

  /// Computes all measures of `graph`.
  public init(graph g: CooperationGraph, weighted: Bool = false, threads: Int? = nil) {
    self.weighted = weighted
    degree = g.degrees()
    strength = g.strengths()
    betweenness = g.betweenness(weighted: weighted, threads: threads)
    let close = g.closeness(weighted: weighted, threads: threads)
    closeness = close.closeness
    eigenvector = g.eigenvector(weighted: weighted)
    let triangles = g.triangles()
    clustering = g.clustering(triangles: triangles)
    core = g.coreNumbers()
    constraint = g.constraint()
    effectiveSize = g.effectiveSize(triangles: triangles)
    let comps = g.components()
    let hops = weighted ? g.closeness(weighted: false, threads: threads).diameter : close.diameter
    let triples = degree.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    summary = NetworkSummary(
      nodes: g.nodeCount, ties: g.tieCount, totalWeight: g.ties.reduce(0) { $0 + $1.weight },
      density: g.density, components: comps.count, largestComponent: comps.largestSize,
      averageClustering: clustering.isEmpty ? 0 : clustering.reduce(0, +) / Double(clustering.count),
      transitivity: triples == 0 ? 0 : Double(triangles.reduce(0, +)) / Double(triples),
      diameter: Int(hops))
  }
}

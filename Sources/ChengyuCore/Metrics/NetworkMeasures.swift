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
  /// Ties among each node's alters (its ego network without the ego).
  public let egoTies: [Int]
  /// Pairs of each node's alters that are not tied (see `EgoNetwork.brokerage`).
  public let brokerage: [Int]
  /// E-I index and assortativity by province and level; nil when the graph came without groups.
  public let mixing: GroupMixing?
  /// Freeman centralization of degree, betweenness and closeness.
  public let centralization: Centralization
  /// Louvain communities of the weighted network.
  public let communities: Communities
  /// Borgatti–Everett coreness and core/periphery partition.
  public let corePeriphery: CorePeriphery
  public let summary: NetworkSummary

  /// Computes all measures of `graph`; the mixing measures need each node's `groups`.
  public init(graph g: CooperationGraph, weighted: Bool = false, threads: Int? = nil, groups: NodeGroups? = nil) {
    self.init(g, weighted: weighted, threads: threads, groups: groups, token: nil)!
  }

  /// As `init(graph:weighted:threads:groups:)`, off the key path: `cancel` is checked inside the
  /// long measures (betweenness, closeness, eigenvector, triangles, constraint, Louvain,
  /// core–periphery) and between the others,
  /// and is told the share done. Nil when cancelled; otherwise the same values as without it.
  public init?(graph g: CooperationGraph, weighted: Bool = false, threads: Int? = nil, groups: NodeGroups? = nil,
               cancel: CancellationToken) {
    self.init(g, weighted: weighted, threads: threads, groups: groups, token: cancel)
  }

  /// Shares of the progress bar per step, roughly their CPU time at 1M agreements
  /// (docs/performance.md: betweenness 37 s, closeness 11 s, constraint 34 s, Louvain 26 s …).
  private init?(_ g: CooperationGraph, weighted: Bool, threads: Int?, groups: NodeGroups?, token: CancellationToken?) {
    self.weighted = weighted
    degree = g.degrees()
    strength = g.strengths()
    betweenness = g.betweenness(weighted: weighted, threads: threads, cancel: token?.part(0...0.32))
    if token.isCancelled { return nil }
    let close = g.closeness(weighted: weighted, threads: threads, cancel: token?.part(0.32...0.42))
    if token.isCancelled { return nil }
    closeness = close.closeness
    eigenvector = g.eigenvector(weighted: weighted, cancel: token?.part(0.42...0.43))
    if token.isCancelled { return nil }
    let triangles = g.triangles(cancel: token?.part(0.43...0.47))
    if token.isCancelled { return nil }
    clustering = g.clustering(triangles: triangles)
    core = g.coreNumbers()
    constraint = g.constraint(cancel: token?.part(0.47...0.75))
    if token.isCancelled { return nil }
    effectiveSize = g.effectiveSize(triangles: triangles)
    (egoTies, brokerage) = g.egoCounts(triangles: triangles)
    mixing = groups.map { GroupMixing(graph: g, groups: $0) }
    centralization = Centralization(degree: degree, betweenness: betweenness, closeness: closeness)
    communities = g.louvain(cancel: token?.part(0.75...0.95))
    if token.isCancelled { return nil }
    corePeriphery = CorePeriphery(graph: g, cancel: token?.part(0.95...0.99))
    if token.isCancelled { return nil }
    let comps = g.components()
    let hops = weighted ? g.closeness(weighted: false, threads: threads).diameter : close.diameter
    let triples = degree.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    summary = NetworkSummary(
      nodes: g.nodeCount, ties: g.tieCount, totalWeight: g.ties.reduce(0) { $0 + $1.weight },
      density: g.density, components: comps.count, largestComponent: comps.largestSize,
      averageClustering: clustering.isEmpty ? 0 : clustering.reduce(0, +) / Double(clustering.count),
      transitivity: triples == 0 ? 0 : Double(triangles.reduce(0, +)) / Double(triples),
      diameter: Int(hops))
    token?.report(1)
  }
}

extension NetworkMeasures {
  /// Every measure of a view's network, with the province and level groups of its cities.
  public init(view: NetworkView, weighted: Bool = false, threads: Int? = nil) {
    self.init(graph: view.graph, weighted: weighted, threads: threads, groups: view.nodeGroups)
  }

  /// As `init(view:weighted:threads:)`, cancellable; nil when cancelled.
  public init?(view: NetworkView, weighted: Bool = false, threads: Int? = nil, cancel: CancellationToken) {
    self.init(graph: view.graph, weighted: weighted, threads: threads, groups: view.nodeGroups, cancel: cancel)
  }
}

extension NetworkView {
  /// Each node's province and administrative rank as group numbers (dataset city indices of the
  /// provinces; ranks 0–2).
  public var nodeGroups: NodeGroups {
    let index = dataset.cityIndex
    return NodeGroups(
      province: (0..<graph.nodeCount).map { index[city(node: $0).province] ?? -1 },
      level: (0..<graph.nodeCount).map { city(node: $0).level.rank })
  }
}

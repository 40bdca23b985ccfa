/// A node's ego network: the node (ego), its partners (alters) and the ties among the alters.
public struct EgoNetwork: Sendable, Equatable {
  public let ego: Int
  /// The alters, by node position.
  public let alters: [Int]
  /// Ties (indices into the graph's `ties`) between two alters; the ego's own ties are not
  /// counted.
  public let alterTies: [Int]

  /// Number of alters (the ego's degree).
  public var size: Int { alters.count }
  /// Number of ties among the alters.
  public var ties: Int { alterTies.count }
  /// Pairs of alters: size (size − 1) / 2.
  public var pairs: Int { size * (size - 1) / 2 }
  /// Ties among the alters over their pairs (the ego's local clustering); nil with < 2 alters.
  public var density: Double? { pairs == 0 ? nil : Double(ties) / Double(pairs) }
  /// Pairs of alters not tied to each other, which only the ego joins directly (UCINET's
  /// "Broker" for undirected data).
  public var brokerage: Int { pairs - ties }
  /// Brokerage over the pairs; nil with < 2 alters.
  public var normalizedBrokerage: Double? { pairs == 0 ? nil : Double(brokerage) / Double(pairs) }
}

extension CooperationGraph {
  /// The ego network of `v`. It walks the alters' own ties (their degrees, not every tie of
  /// the network), so the explorer can build it for the city on screen at once.
  public func egoNetwork(_ v: Int) -> EgoNetwork {
    let alters = Array(neighbors[offsets[v]..<offsets[v + 1]])
    var isAlter = [Bool](repeating: false, count: nodeCount)
    for a in alters { isAlter[a] = true }
    var among: [Int] = []
    for a in alters {
      for k in offsets[a]..<offsets[a + 1] where neighbors[k] > a && isAlter[neighbors[k]] { among.append(neighborTies[k]) }
    }
    return EgoNetwork(ego: v, alters: alters, alterTies: among.sorted())
  }

  /// Ties among each node's alters and the unconnected pairs of them, for every node at once
  /// (from the triangle counts: each triangle through v is one tie among v's alters).
  func egoCounts(triangles t: [Int]) -> (ties: [Int], brokerage: [Int]) {
    let brokerage = (0..<nodeCount).map { v in degree(v) * (degree(v) - 1) / 2 - t[v] }
    return (t, brokerage)
  }
}

extension NetworkView {
  /// The view restricted to a node's ego network: the ego, its alters and every tie among them
  /// (the ego's ties included), with the agreements behind those ties, so that every export
  /// writer and listing can take it like any view.
  public func egoView(of node: Int) -> NetworkView {
    let ego = graph.egoNetwork(node)
    let members = ([node] + ego.alters).sorted()
    var position = [Int: Int]()
    for (i, v) in members.enumerated() { position[v] = i }
    let kept = graph.ties.filter { position[$0.a] != nil && position[$0.b] != nil }
      .map { Tie(a: position[$0.a]!, b: position[$0.b]!, agreements: $0.agreements, weight: $0.weight, newmanWeight: $0.newmanWeight) }
    let sub = CooperationGraph(nodes: members.map { graph.nodes[$0] }, ties: kept)
    let used = Set(kept.flatMap(\.agreements))
    return NetworkView(
      dataset: dataset, filter: filter, agreements: agreements.filter(used.contains), policies: policies, graph: sub)
  }
}

extension NetworkView {
  /// A view from parts already computed (a sub-network of another view).
  init(dataset: Dataset, filter: Filter, agreements: [Int], policies: [Int], graph: CooperationGraph) {
    self.dataset = dataset
    self.filter = filter
    self.agreements = agreements
    self.policies = policies
    self.graph = graph
    var nodeOf: [Int: Int] = [:]
    for (pos, city) in graph.nodes.enumerated() { nodeOf[city] = pos }
    self.nodeOf = nodeOf
  }
}

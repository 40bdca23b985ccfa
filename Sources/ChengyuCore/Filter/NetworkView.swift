/// A dataset seen through a `Filter`: the agreements and policies that pass, and their network.
///
/// Ties: every pair of counted parties of a passing agreement, after roll-up to the filter's
/// aggregation level; pairs that collapse into one node are dropped, and an agreement adds at most
/// 1 to a tie's weight (`Tie.value` reads the filter's `TieWeighting`). Nodes are the governments
/// with at least one tie, plus, under `Filter.keepIsolates`, every government in scope. An
/// agreement passes when it matches the agreement conditions and yields at least one tie.
public struct NetworkView: Sendable {
  /// The whole dataset the view looks at.
  public let dataset: Dataset
  /// The filter the view applies.
  public let filter: Filter
  /// Indices into `dataset.agreements`, by date then id.
  public let agreements: [Int]
  /// Indices into `dataset.policies` within the year range, issuer levels and text, by date then id.
  public let policies: [Int]
  /// The network of the passing agreements at the filter's aggregation level.
  public let graph: CooperationGraph
  /// City index → node position, for the cities that are nodes.
  public let nodeOf: [Int: Int]

  /// Applies a filter to a dataset (one pass over the agreements).
  public init(dataset: Dataset, filter: Filter) {
    self.dataset = dataset
    self.filter = filter
    let built = NetworkBuilder(dataset: dataset, filter: filter).build()
    agreements = built.agreements
    graph = built.graph
    var nodeOf: [Int: Int] = [:]
    for (pos, city) in graph.nodes.enumerated() { nodeOf[city] = pos }
    self.nodeOf = nodeOf
    let text = RecordMatch(filter.text, in: dataset, aggregation: filter.aggregation)
    policies = dataset.derived.filterIndex(dataset).policyDateOrder.filter { i in
      if let years = filter.years, !years.contains(dataset.policies[i].date.year) { return false }
      if !filter.issuerLevels.isEmpty && !filter.issuerLevels.contains(dataset.policies[i].issuer) { return false }
      return text.isEmpty || text.matches(dataset.policies[i])
    }
  }

  /// The city behind a node.
  public func city(node: Int) -> City { dataset.cities[graph.nodes[node]] }

  /// Ties of a node as (tie index, partner node), heaviest first, then by partner id.
  ///
  /// Nodes are numbered in city-id order, so partners compare by node number.
  public func ties(of node: Int) -> [(tie: Int, partner: Int)] {
    let g = graph
    return (g.offsets[node]..<g.offsets[node + 1]).map { (g.neighborTies[$0], g.neighbors[$0]) }
      .sorted { l, r in
        let (wl, wr) = (g.ties[l.0].weight, g.ties[r.0].weight)
        return wl != wr ? wl > wr : l.1 < r.1
      }
  }

  /// Ties sorted by weight (heaviest first), then by the ids of their ends (node numbers follow
  /// city ids, see `CooperationGraph.tiesByWeight`).
  public func tiesByWeight() -> [Int] { graph.tiesByWeight() }

  /// How many of a tie's agreements belong to each mechanism family.
  public func familyCounts(of tie: Tie) -> (governance: Int, collaboration: Int) {
    familyCounts(tie.agreements)
  }

  /// How many of the given agreements (indices into `dataset.agreements`) belong to each family.
  public func familyCounts<C: Collection<Int>>(_ agreements: C) -> (governance: Int, collaboration: Int) {
    let governance = agreements.count { dataset.agreements.family($0) == .governance }
    return (governance, agreements.count - governance)
  }

  /// Agreements of a passing set that a node takes part in (after roll-up), by date.
  public func agreements(of node: Int) -> [Int] {
    var set = Set<Int>()
    let g = graph
    for k in g.offsets[node]..<g.offsets[node + 1] { set.formUnion(g.ties[g.neighborTies[k]].agreements) }
    return set.sorted { dataset.agreements.precedes($0, $1) }
  }
}

extension Dataset {
  /// The dataset seen through a filter.
  public func view(_ filter: Filter = Filter()) -> NetworkView { NetworkView(dataset: self, filter: filter) }

  /// The governments in scope of a filter (indices into `cities`): those passing its node
  /// conditions, rolled up to its aggregation level. Agreement conditions do not narrow it.
  public func citiesInScope(_ filter: Filter) -> Set<Int> {
    let rollUp = rollUpMap(filter.aggregation)
    var scope = Set<Int>()
    for (i, c) in cities.enumerated() where filter.counts(c) { scope.insert(rollUp[i]) }
    return scope
  }
}

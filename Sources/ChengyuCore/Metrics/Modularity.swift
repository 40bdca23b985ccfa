/// A partition of a graph's nodes into communities, with its modularity.
public struct Communities: Sendable, Equatable {
  /// Community of each node, numbered from 1: largest community first, equal sizes by their
  /// first node (a view numbers its nodes by city id, so: by smallest member id), so numbers do
  /// not depend on the order the algorithm found them in.
  public let label: [Int]
  /// Number of communities (an isolated node is one of its own).
  public let count: Int
  /// Weighted modularity of the partition (see `CooperationGraph.modularity`); nil without ties.
  public let modularity: Double?

  /// Renumbers any labelling of `graph`'s nodes in the canonical order.
  public init(graph: CooperationGraph, labels raw: [Int]) {
    // Members are listed in node order, so each list starts with its smallest node.
    var members: [Int: [Int]] = [:]
    for (v, c) in raw.enumerated() { members[c, default: []].append(v) }
    let order = members.values.sorted { l, r in
      l.count != r.count ? l.count > r.count : l[0] < r[0]
    }
    var label = [Int](repeating: 0, count: raw.count)
    for (i, group) in order.enumerated() { for v in group { label[v] = i + 1 } }
    self.label = label
    count = order.count
    modularity = graph.modularity(label)
  }
}

extension CooperationGraph {
  /// Modularity of a partition (any integer label per node) as networkx
  /// `modularity(G, communities, weight="weight")` with resolution 1: the sum over communities
  /// of L_c / m − (D_c / 2m)², where L_c is the weight of ties inside c, D_c the summed strength
  /// of its nodes and m the total weight. nil when there are no ties (networkx divides by zero).
  public func modularity(_ label: [Int]) -> Double? { modularity(label, values: ties.values()) }

  /// As above with each tie's `Tie.value` given (`TieList.values()`, read once by Louvain for
  /// all its restarts); sums in the same order, so the result is the same to the last bit.
  func modularity(_ label: [Int], values: [Double]) -> Double? {
    // Tie.value: the agreement count, or the Newman weight under --weighting newman.
    let degSum = 2 * values.reduce(0.0, +)
    guard degSum > 0 else { return nil }
    let m = degSum / 2
    var inside: [Int: Double] = [:]
    var strength: [Int: Double] = [:]
    for t in values.indices {
      let (a, b) = ties.ends(t)
      if label[a] == label[b] { inside[label[a], default: 0] += values[t] }
    }
    for v in 0..<nodeCount {
      strength[label[v], default: 0] += (offsets[v]..<offsets[v + 1]).reduce(0.0) { $0 + values[neighborTies[$1]] }
    }
    let norm = 1 / (degSum * degSum)
    return strength.keys.sorted().reduce(0.0) { q, c in
      q + (inside[c] ?? 0) / m - strength[c]! * strength[c]! * norm
    }
  }
}

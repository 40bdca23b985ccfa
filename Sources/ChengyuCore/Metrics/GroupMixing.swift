/// A group number per node for each attribute the mixing measures compare: the province and
/// the administrative level of each government.
public struct NodeGroups: Sendable, Equatable {
  /// Group of each node by provincial-level unit.
  public let province: [Int]
  /// Group of each node by administrative rank: provincial, prefecture, county level (districts
  /// and counties are both county-level units, 县级, and form one group).
  public let level: [Int]

  public init(province: [Int], level: [Int]) {
    self.province = province
    self.level = level
  }
}

/// How ties fall within and between groups, by province and by level.
public struct GroupMixing: Sendable {
  /// Krackhardt and Stern's E-I index of all ties: (external − internal) / (external + internal);
  /// nil without ties.
  public let eiProvince: Double?
  public let eiLevel: Double?
  /// The E-I index of each node's own ties; nil for an isolated node.
  public let nodeEIProvince: [Double?]
  public let nodeEILevel: [Double?]
  /// networkx `attribute_assortativity_coefficient`; nil when undefined (no ties, or every tie's
  /// ends in a single group, where networkx divides 0 by 0).
  public let assortativityProvince: Double?
  public let assortativityLevel: Double?

  public init(graph g: CooperationGraph, groups: NodeGroups) {
    (eiProvince, nodeEIProvince) = g.eiIndex(groups.province)
    (eiLevel, nodeEILevel) = g.eiIndex(groups.level)
    assortativityProvince = g.attributeAssortativity(groups.province)
    assortativityLevel = g.attributeAssortativity(groups.level)
  }
}

extension CooperationGraph {
  /// E-I index (Krackhardt and Stern 1988) of the ties by `group`, unweighted: every tie counts
  /// once, whatever its number of agreements. −1: all ties inside groups; +1: all between.
  public func eiIndex(_ group: [Int]) -> (network: Double?, nodes: [Double?]) {
    let ei = { (outside: Int, inside: Int) -> Double? in
      outside + inside == 0 ? nil : Double(outside - inside) / Double(outside + inside)
    }
    let externalTies = ties.filter { group[$0.a] != group[$0.b] }.count
    let nodes = (0..<nodeCount).map { v in
      let external = (offsets[v]..<offsets[v + 1]).filter { group[neighbors[$0]] != group[v] }.count
      return ei(external, degree(v) - external)
    }
    return (ei(externalTies, tieCount - externalTies), nodes)
  }

  /// Newman's assortativity coefficient for a categorical attribute, as networkx
  /// `attribute_assortativity_coefficient` (unweighted): with e the normalised mixing matrix of
  /// tie ends (each tie counted from both ends) and a its row sums, r = (Σ e_ii − Σ a_i²) /
  /// (1 − Σ a_i²).
  public func attributeAssortativity(_ group: [Int]) -> Double? {
    guard tieCount > 0 else { return nil }
    var index: [Int: Int] = [:]
    for g in group where index[g] == nil { index[g] = index.count }
    let k = index.count
    var e = [Double](repeating: 0, count: k * k)
    for t in ties {
      let (x, y) = (index[group[t.a]]!, index[group[t.b]]!)
      e[x * k + y] += 1
      e[y * k + x] += 1
    }
    let total = 2 * Double(tieCount)
    var trace = 0.0
    var s = 0.0
    for i in 0..<k {
      trace += e[i * k + i] / total
      var row = 0.0
      for j in 0..<k { row += e[i * k + j] / total }
      s += row * row
    }
    return 1 - s == 0 ? nil : (trace - s) / (1 - s)
  }
}

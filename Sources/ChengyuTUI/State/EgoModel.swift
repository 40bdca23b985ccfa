import ChengyuCore

/// A city's ego network under one filter, for the ego screen (`chengyu show CITY --ego`): the
/// core's `EgoNetwork` (size, ties among the alters, density, brokerage) with its rows in the
/// order the screen lists them. Built when the screen opens and again when the filter changes
/// (`AnalysisViewState`), never while drawing.
public struct EgoModel: Sendable {
  /// The city asked for (index into `Dataset.cities`).
  public let city: Int
  /// The node it counts as at the filter's aggregation level; nil when it has no tie.
  public let node: Int?
  public let network: EgoNetwork?
  /// The alters as (node, tie to the ego, ties to other alters), heaviest tie first, then by node.
  public let alters: [(node: Int, tie: Int, toAlters: Int)]
  /// Ties among the alters (indices into the view's ties), heaviest first, then by their ends.
  public let alterTies: [Int]

  init(model: FilterModel, city: Int) {
    self.city = city
    let view = model.view
    let g = view.graph
    let node = view.nodeOf[view.dataset.rollUpMap(view.filter.aggregation)[city]]
    self.node = node
    guard let node else {
      (network, alters, alterTies) = (nil, [], [])
      return
    }
    let ego = g.egoNetwork(node)
    network = ego
    var toAlters = [Int: Int]()
    for t in ego.alterTies {
      toAlters[g.ties[t].a, default: 0] += 1
      toAlters[g.ties[t].b, default: 0] += 1
    }
    alters = model.partners[node].map { ($0.partner, $0.tie, toAlters[$0.partner] ?? 0) }
    alterTies = ego.alterTies.sorted { l, r in
      let (x, y) = (g.ties[l], g.ties[r])
      return x.weight != y.weight ? x.weight > y.weight : (x.a, x.b) < (y.a, y.b)
    }
  }
}

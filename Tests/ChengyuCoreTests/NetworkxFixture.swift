import ChengyuCore
import ChengyuData
import Foundation

/// One reference file written by scripts/networkx_fixtures.py: a graph and networkx's values.
struct NetworkxFixture {
  let name: String
  let json: [String: Any]

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/networkx")

  static let names = [
    "path", "star", "two_components", "isolated_node", "triangle_pendant", "weighted_multi",
    "karate", "dataset_signed", "dataset_city", "dataset_province", "dataset_city_2016_2017",
  ]

  init(_ name: String) throws {
    self.name = name
    let data = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".json"))
    json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  var summary: [String: Any] { json["summary"] as! [String: Any] }
  var measures: [[String: Any]] { json["measures"] as! [[String: Any]] }

  /// Tie weights by unordered id pair, summed over the fixture's edge entries.
  var tieWeights: [String: Int] {
    var result: [String: Int] = [:]
    for e in json["edges"] as! [[Any]] {
      let (u, v) = (e[0] as! String, e[1] as! String)
      guard u != v else { continue }
      result[Self.key(u, v), default: 0] += e[2] as! Int
    }
    return result
  }

  static func key(_ u: String, _ v: String) -> String { u < v ? "\(u)|\(v)" : "\(v)|\(u)" }

  /// The graph under test and the id of each node: the embedded dataset seen at the fixture's
  /// aggregation level (and years, if given), or the fixture's own edge list.
  func graph() -> (CooperationGraph, [String]) {
    if let level = json["aggregation"] as? String {
      var filter = Filter()
      filter.aggregation = AggregationLevel(rawValue: level)!
      if let years = json["years"] as? [Int] { filter.years = years[0]...years[1] }
      let view = EmbeddedDataset.load().view(filter)
      let ids = (0..<view.graph.nodeCount).map { view.city(node: $0).id.rawValue }
      return (view.graph, ids)
    }
    let ids = json["nodes"] as! [String]
    let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    let edges = (json["edges"] as! [[Any]]).map { e in
      (index[e[0] as! String]!, index[e[1] as! String]!, e[2] as! Int)
    }
    return (CooperationGraph(nodeCount: ids.count, edges: edges), ids)
  }
}

extension NetworkxFixture {
  /// The fixture's province and level of each node (`groups` in the file), as group numbers.
  func nodeGroups(_ ids: [String]) -> NodeGroups {
    let groups = json["groups"] as! [String: [Any]]
    var number: [String: Int] = [:]
    let province = ids.map { id -> Int in
      let p = groups[id]![0] as! String
      if number[p] == nil { number[p] = number.count }
      return number[p]!
    }
    return NodeGroups(province: province, level: ids.map { groups[$0]![1] as! Int })
  }

  /// The reference object `key` of the summary, nil when networkx had none (JSON null).
  func summaryObject(_ key: String) -> [String: Any]? { summary[key] as? [String: Any] }
}

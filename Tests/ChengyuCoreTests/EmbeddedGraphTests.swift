import ChengyuCore
import ChengyuData
import Testing

/// The graph of the embedded data at each level, against a brute-force recomputation written
/// independently here: ids instead of indices, dictionaries instead of CSR arrays.
@Suite("Embedded graph vs brute force")
struct EmbeddedGraphTests {
  let dataset = EmbeddedDataset.load()

  /// The id each city counts as at a level, climbing parents by id.
  private func node(_ id: CityID, _ level: AggregationLevel) -> CityID {
    let byID = Dictionary(uniqueKeysWithValues: dataset.cities.map { ($0.id, $0) })
    let city = byID[id]!
    switch level {
    case .signed: return id
    case .province: return city.province
    case .city:
      var c = city
      while c.level == .district || c.level == .county, let p = c.parent, let up = byID[p] { c = up }
      return c.id
    }
  }

  /// "a|b" (a < b) → ids of the agreements tying a and b.
  private func bruteForceTies(_ level: AggregationLevel) -> [String: [String]] {
    var ties: [String: [String]] = [:]
    for a in dataset.agreements {
      let ends = Set(a.parties.map { node(dataset.cities[$0].id, level).rawValue })
      var pairs = Set<String>()
      for x in ends { for y in ends where x < y { pairs.insert(x + "|" + y) } }
      for p in pairs { ties[p, default: []].append(a.id) }
    }
    return ties
  }

  @Test(arguments: AggregationLevel.allCases)
  func tiesMatchBruteForce(_ level: AggregationLevel) {
    var f = Filter()
    f.aggregation = level
    let v = dataset.view(f)
    let expected = bruteForceTies(level)
    var actual: [String: [String]] = [:]
    for t in v.graph.ties {
      let (x, y) = (v.city(node: t.a).id.rawValue, v.city(node: t.b).id.rawValue)
      #expect(x < y)
      #expect(t.weight == t.agreements.count)
      actual[x + "|" + y] = t.agreements.map { dataset.agreements[$0].id }.sorted()
    }
    #expect(actual == expected.mapValues { $0.sorted() })
    let nodes = Set(expected.keys.flatMap { $0.split(separator: "|").map(String.init) })
    #expect(v.graph.nodeCount == nodes.count)
    #expect(Set(v.graph.nodes.map { dataset.cities[$0].id.rawValue }) == nodes)
    let density = Double(2 * expected.count) / Double(nodes.count * (nodes.count - 1))
    #expect(abs(v.graph.density - density) < 1e-12)
  }

  @Test func levelsShrinkTheNetwork() {
    let counts = AggregationLevel.allCases.map { level in
      var f = Filter()
      f.aggregation = level
      let g = dataset.view(f).graph
      return (g.nodeCount, g.tieCount)
    }
    // Roll-up merges nodes, so each level has at most as many nodes as the one below it.
    #expect(counts[0].0 > counts[1].0 && counts[1].0 > counts[2].0)
    #expect(counts[0].1 >= counts[1].1 && counts[1].1 >= counts[2].1)
  }

  @Test func strengthIsTheSumOfTieWeights() {
    let g = dataset.view().graph
    var strength = [Int](repeating: 0, count: g.nodeCount)
    for t in g.ties {
      strength[t.a] += t.weight
      strength[t.b] += t.weight
    }
    #expect((0..<g.nodeCount).map(g.strength) == strength)
  }
}

import ChengyuCore
import Foundation
import Testing

/// Every measure against networkx's values in Fixtures/networkx (see scripts/networkx_fixtures.py),
/// node by node, matched by node id.
@Suite struct NetworkxMeasureTests {
  static let tolerance = 1e-9
  static let eigenTolerance = 1e-6

  @Test(arguments: NetworkxFixture.names)
  func graphMatchesFixture(_ name: String) throws {
    let fx = try NetworkxFixture(name)
    let (g, ids) = fx.graph()
    #expect(Set(ids) == Set(fx.measures.map { $0["id"] as! String }), "node ids of \(name)")
    var weights: [String: Int] = [:]
    for t in g.ties { weights[NetworkxFixture.key(ids[t.a], ids[t.b])] = t.weight }
    #expect(weights == fx.tieWeights, "ties and weights of \(name)")
  }

  @Test(arguments: NetworkxFixture.names)
  func unweightedMeasures(_ name: String) throws {
    try compare(name, weighted: false) { m, v, ref, at in
      #expect(m.degree[v] == ref["degree"] as! Int, "\(at) degree")
      #expect(m.strength[v] == ref["strength"] as! Int, "\(at) strength")
      #expect(m.core[v] == ref["core"] as! Int, "\(at) core")
      expectClose(m.betweenness[v], ref["betweenness"], Self.tolerance, "\(at) betweenness")
      expectClose(m.closeness[v], ref["closeness"], Self.tolerance, "\(at) closeness")
      expectClose(m.clustering[v], ref["clustering"], Self.tolerance, "\(at) clustering")
      expectClose(m.constraint[v], ref["constraint"], Self.tolerance, "\(at) constraint")
      expectClose(m.effectiveSize[v], ref["effective_size"], Self.tolerance, "\(at) effective size")
    }
  }

  @Test(arguments: NetworkxFixture.names)
  func weightedMeasures(_ name: String) throws {
    try compare(name, weighted: true) { m, v, ref, at in
      expectClose(m.betweenness[v], ref["betweenness_weighted"], Self.tolerance, "\(at) weighted betweenness")
      expectClose(m.closeness[v], ref["closeness_weighted"], Self.tolerance, "\(at) weighted closeness")
    }
  }

  /// Computes the measures of fixture `name` and calls `check` for every reference node, matched
  /// by id; eigenvector convergence and values are checked here for both variants.
  private func compare(
    _ name: String, weighted: Bool,
    _ check: (NetworkMeasures, Int, [String: Any], String) -> Void
  ) throws {
    let fx = try NetworkxFixture(name)
    let (g, ids) = fx.graph()
    let m = NetworkMeasures(graph: g, weighted: weighted)
    let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    let suffix = weighted ? "_weighted" : ""
    let eigen = m.eigenvector.values
    #expect((eigen != nil) == (fx.summary["eigenvector\(suffix)_converged"] as! Bool), "\(name) eigenvector\(suffix) convergence")
    for ref in fx.measures {
      let id = ref["id"] as! String
      let v = try #require(position[id], "\(name): node \(id) missing")
      let at = "\(name) node \(id)"
      check(m, v, ref, at)
      if let eigen { expectClose(eigen[v], ref["eigenvector\(suffix)"], Self.eigenTolerance, "\(at) eigenvector\(suffix)") }
    }
  }

  @Test(arguments: NetworkxFixture.names)
  func summary(_ name: String) throws {
    let fx = try NetworkxFixture(name)
    let s = NetworkMeasures(graph: fx.graph().0).summary
    let ref = fx.summary
    #expect(s.nodes == ref["nodes"] as! Int)
    #expect(s.ties == ref["ties"] as! Int)
    #expect(s.totalWeight == ref["total_weight"] as! Int)
    #expect(s.components == ref["components"] as! Int)
    #expect(s.largestComponent == ref["largest_component"] as! Int)
    #expect(s.diameter == ref["diameter"] as! Int)
    expectClose(s.density, ref["density"], Self.tolerance, "\(name) density")
    expectClose(s.averageClustering, ref["average_clustering"], Self.tolerance, "\(name) average clustering")
    expectClose(s.transitivity, ref["transitivity"], Self.tolerance, "\(name) transitivity")
  }
}

/// `actual` equals the fixture value within `tolerance`; a JSON null must be nil.
func expectClose(
  _ actual: Double?, _ expected: Any?, _ tolerance: Double, _ what: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let e = (expected as? NSNumber)?.doubleValue else {
    #expect(actual == nil, "\(what): networkx has no value, got \(String(describing: actual))", sourceLocation: sourceLocation)
    return
  }
  guard let a = actual else {
    Issue.record("\(what): expected \(e), got nil", sourceLocation: sourceLocation)
    return
  }
  #expect(abs(a - e) <= tolerance, "\(what): \(a) vs networkx \(e)", sourceLocation: sourceLocation)
}

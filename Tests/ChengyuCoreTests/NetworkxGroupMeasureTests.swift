import ChengyuCore
import Foundation
import Testing

/// The group, community, core/periphery and ego measures against the reference values of
/// scripts/networkx_fixtures.py (networkx 3.6, scipy and exhaustive search), node by node.
@Suite struct NetworkxGroupMeasureTests {
  static let tolerance = 1e-9

  private struct Case {
    let fx: NetworkxFixture
    let graph: CooperationGraph
    let ids: [String]
    let measures: NetworkMeasures
    let position: [String: Int]

    init(_ name: String) throws {
      fx = try NetworkxFixture(name)
      (graph, ids) = fx.graph()
      measures = NetworkMeasures(graph: graph, groups: fx.nodeGroups(ids))
      position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    }

    /// Labels of the nodes for a partition given as lists of ids.
    func labels(_ partition: [[String]]) -> [Int] {
      var label = [Int](repeating: -1, count: graph.nodeCount)
      for (c, members) in partition.enumerated() { for id in members { label[position[id]!] = c } }
      return label
    }
  }

  @Test(arguments: NetworkxFixture.names)
  func eiIndexAndAssortativity(_ name: String) throws {
    let c = try Case(name)
    let mixing = try #require(c.measures.mixing)
    let s = c.fx.summary
    expectClose(mixing.eiProvince, s["ei_index_province"], Self.tolerance, "\(name) E-I province")
    expectClose(mixing.eiLevel, s["ei_index_level"], Self.tolerance, "\(name) E-I level")
    expectClose(mixing.assortativityProvince, s["assortativity_province"], Self.tolerance, "\(name) assortativity province")
    expectClose(mixing.assortativityLevel, s["assortativity_level"], Self.tolerance, "\(name) assortativity level")
    for ref in c.fx.measures {
      let v = c.position[ref["id"] as! String]!
      expectClose(mixing.nodeEIProvince[v], ref["ei_province"], Self.tolerance, "\(name) \(ref["id"]!) E-I province")
      expectClose(mixing.nodeEILevel[v], ref["ei_level"], Self.tolerance, "\(name) \(ref["id"]!) E-I level")
    }
  }

  @Test(arguments: NetworkxFixture.names)
  func centralization(_ name: String) throws {
    let c = try Case(name)
    let z = c.measures.centralization
    let s = c.fx.summary
    expectClose(z.degree, s["centralization_degree"], Self.tolerance, "\(name) degree centralization")
    expectClose(z.betweenness, s["centralization_betweenness"], Self.tolerance, "\(name) betweenness centralization")
    expectClose(z.closeness, s["centralization_closeness"], Self.tolerance, "\(name) closeness centralization")
  }

  @Test(arguments: NetworkxFixture.names)
  func egoNetworks(_ name: String) throws {
    let c = try Case(name)
    for ref in c.fx.measures {
      let v = c.position[ref["id"] as! String]!
      let ego = c.graph.egoNetwork(v)
      #expect(ego.size == c.graph.degree(v))
      #expect(ego.ties == ref["ego_ties"] as! Int, "\(name) \(ref["id"]!) ties among alters")
      #expect(c.measures.egoTies[v] == ref["ego_ties"] as! Int)
      #expect(ego.brokerage == ref["brokerage"] as! Int && c.measures.brokerage[v] == ego.brokerage)
    }
  }

  @Test(arguments: NetworkxFixture.names)
  func modularityAsNetworkxAndLouvainAtLeastItsBest(_ name: String) throws {
    let c = try Case(name)
    let s = c.fx.summary
    for check in s["modularity_checks"] as! [[String: Any]] {
      let q = c.graph.modularity(c.labels(check["partition"] as! [[String]]))
      expectClose(q, check["modularity"], 1e-12, "\(name) modularity of a networkx partition")
    }
    let found = c.measures.communities
    let best = (s["louvain_best_modularity"] as! NSNumber).doubleValue
    let q = try #require(found.modularity)
    #expect(q >= best - 1e-12, "\(name): Louvain \(q) below networkx's best of ten seeds \(best)")
    #expect(found.modularity == c.graph.modularity(found.label))
    // Numbered 1…count, largest first.
    let sizes = (1...found.count).map { k in found.label.filter { $0 == k }.count }
    #expect(sizes == sizes.sorted(by: >) && !sizes.contains(0))
    #expect(c.graph.louvain() == found, "\(name): the same partition on every run")
  }

  @Test(arguments: NetworkxFixture.names)
  func corePeriphery(_ name: String) throws {
    let c = try Case(name)
    let cp = c.measures.corePeriphery
    let discrete = try #require(c.fx.summaryObject("core_periphery_discrete"))
    let refFit = (discrete["fit"] as! NSNumber).doubleValue
    let fit = try #require(cp.fit)
    if (discrete["method"] as! String).hasPrefix("exhaustive") {
      #expect(abs(fit - refFit) <= Self.tolerance, "\(name): core/periphery fit \(fit), optimum \(refFit)")
    } else {
      #expect(fit >= refFit - Self.tolerance, "\(name): core/periphery fit \(fit) below cpnet's \(refFit)")
    }
    let continuous = try #require(c.fx.summaryObject("core_periphery_continuous"))
    // A residual of 0 is only approached as the core's values grow without bound (a star: the
    // leaves share no tie); both sides then stop on the way to the limit (core 1, periphery 0).
    let unbounded = (continuous["residual"] as! NSNumber).doubleValue < 1e-6
    expectClose(cp.continuousFit, continuous["fit"], unbounded ? 1e-4 : 1e-6, "\(name) coreness fit")
    let coreness = continuous["coreness"] as! [String: Any]
    for (id, value) in coreness {
      expectClose(cp.coreness[c.position[id]!], value, unbounded ? 1e-2 : 1e-5, "\(name) \(id) coreness")
    }
    #expect(cp.coreness.allSatisfy { (0...1).contains($0) } && cp.coreness.max() == 1)
  }
}

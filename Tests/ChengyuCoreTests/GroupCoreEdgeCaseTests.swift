import ChengyuCore
import ChengyuData
import Testing

/// The issue-9 measures on networks where they are undefined or trivially known.
@Suite struct GroupCoreEdgeCaseTests {
  @Test func emptyAndTielessNetworksHaveNoFitsButNoCrash() {
    for n in [0, 1, 4] {
      let g = CooperationGraph(nodeCount: n, edges: [])
      let m = NetworkMeasures(graph: g, groups: NodeGroups(province: Array(0..<n), level: Array(repeating: 0, count: n)))
      #expect(m.communities.count == n && m.communities.modularity == nil)
      #expect(m.corePeriphery.coreness == Array(repeating: 0, count: n) && m.corePeriphery.fit == nil)
      #expect(m.corePeriphery.continuousFit == nil && m.corePeriphery.coreSize == 0)
      #expect(m.mixing?.eiProvince == nil && m.mixing?.assortativityProvince == nil)
      #expect(m.mixing?.nodeEIProvince == Array(repeating: nil, count: n))
      #expect(m.brokerage == Array(repeating: 0, count: n))
      if n < 3 { #expect(m.centralization.degree == nil) }
    }
  }

  @Test func completeNetworkIsAllCoreAndUncentralized() {
    let k4 = CooperationGraph(nodeCount: 4, edges: [(0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1)])
    let m = NetworkMeasures(graph: k4)
    #expect(m.corePeriphery.inCore == [true, true, true, true] && m.corePeriphery.coreness == [1, 1, 1, 1])
    #expect(m.corePeriphery.fit == nil && m.corePeriphery.coreDensity == 1)
    #expect(m.centralization == Centralization(degree: [3, 3, 3, 3], betweenness: [0, 0, 0, 0], closeness: [1, 1, 1, 1]))
    #expect(m.centralization.degree == 0 && m.centralization.closeness == 0)
    #expect(m.brokerage == [0, 0, 0, 0] && m.egoTies == [3, 3, 3, 3])
    #expect(m.mixing == nil, "no groups given")
  }

  @Test func twoTrianglesAreTwoCommunitiesOfModularityOneHalf() {
    // Equal sizes: the community holding node 0 is number 1, whichever was found first.
    let g = CooperationGraph(nodeCount: 6, edges: [(3, 4, 1), (4, 5, 1), (3, 5, 1), (0, 1, 1), (1, 2, 1), (0, 2, 1)])
    let c = g.louvain()
    #expect(c.label == [1, 1, 1, 2, 2, 2])
    #expect(c.modularity == 0.5)
  }

  @Test func starIsOneCoreWithPeripheryNearZero() {
    let star = CooperationGraph(nodeCount: 6, edges: (1...5).map { (0, $0, 1) })
    let cp = CorePeriphery(graph: star)
    #expect(cp.inCore == [true, false, false, false, false, false] && abs(cp.fit! - 1) < 1e-12)
    #expect(cp.coreness[0] == 1 && cp.coreness.dropFirst().allSatisfy { $0 < 0.01 })
    #expect(Centralization(degree: star.degrees(), betweenness: star.betweenness(), closeness: star.closeness().closeness)
      == Centralization(degree: [5, 1, 1, 1, 1, 1], betweenness: [1, 0, 0, 0, 0, 0], closeness: [1, 5.0 / 9, 5.0 / 9, 5.0 / 9, 5.0 / 9, 5.0 / 9]))
    #expect(NetworkMeasures(graph: star).centralization.degree == 1)
  }

  @Test func eiIndexCountsTiesAcrossGroups() {
    // Path 0-1-2-3 with groups {0,1} and {2,3}: one tie across (1-2), two inside.
    let g = CooperationGraph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
    let (network, nodes) = g.eiIndex([0, 0, 1, 1])
    #expect(network == (1.0 - 2.0) / 3.0)
    #expect(nodes == [-1, 0, 0, -1])
  }

  @Test func egoViewKeepsTheEgoItsPartnersAndTheirTies() throws {
    var f = Filter()
    f.years = 2016...2017
    let view = EmbeddedDataset.load().view(f)
    let hub = view.nodesRanked(by: view.graph.degrees().map(Double.init))[0]
    let ego = view.egoView(of: hub)
    let e = view.graph.egoNetwork(hub)
    #expect(ego.graph.nodeCount == e.size + 1)
    #expect(ego.graph.tieCount == e.size + e.ties)
    #expect(Set(ego.graph.nodes) == Set(([hub] + e.alters).map { view.graph.nodes[$0] }))
    #expect(ego.graph.ties.reduce(0) { $0 + $1.weight } <= view.graph.ties.reduce(0) { $0 + $1.weight })
    #expect(Set(ego.agreements).isSubset(of: Set(view.agreements)) && !ego.agreements.isEmpty)
  }
}

import ChengyuCore
import Testing

/// Cases the networkx fixtures do not cover: empty graphs, thread counts, non-convergence.
@Suite struct MeasureEdgeCaseTests {
  @Test func emptyGraphHasNoValuesAndNoEigenvector() {
    let g = CooperationGraph(nodeCount: 0, edges: [])
    let m = NetworkMeasures(graph: g)
    #expect(m.betweenness.isEmpty && m.closeness.isEmpty && m.core.isEmpty)
    #expect(m.eigenvector == .empty)
    #expect(m.summary.components == 0 && m.summary.diameter == 0 && m.summary.density == 0)
  }

  @Test func singleIsolatedNodeHasZeroCentralityAndNoConstraint() {
    let m = NetworkMeasures(graph: CooperationGraph(nodeCount: 1, edges: []))
    #expect(m.betweenness == [0] && m.closeness == [0] && m.core == [0])
    #expect(m.constraint == [nil] && m.effectiveSize == [nil])
  }

  @Test(arguments: [1, 2, 3, 7])
  func pathMeasuresDoNotDependOnThreadCount(_ threads: Int) {
    // A ring of 12 with chords: enough sources for every thread to work.
    var edges = (0..<12).map { ($0, ($0 + 1) % 12, 1 + $0 % 3) }
    edges += [(0, 6, 2), (3, 9, 1), (1, 4, 5)]
    let g = CooperationGraph(nodeCount: 12, edges: edges)
    for weighted in [false, true] {
      let one = g.betweenness(weighted: weighted, threads: 1)
      let many = g.betweenness(weighted: weighted, threads: threads)
      #expect(zip(one, many).allSatisfy { abs($0 - $1) < 1e-12 })
      #expect(g.closeness(weighted: weighted, threads: 1).closeness == g.closeness(weighted: weighted, threads: threads).closeness)
    }
  }

  @Test func eigenvectorReportsNonConvergence() {
    let g = CooperationGraph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
    #expect(g.eigenvector(maxIterations: 1) == .notConverged(iterations: 1))
    #expect(g.eigenvector().values != nil)
  }

  @Test func starCentreLiesOnEveryPath() {
    let g = CooperationGraph(nodeCount: 5, edges: (1..<5).map { (0, $0, 1) })
    // 6 leaf pairs, all through the centre: 6 / C(4, 2) = 1.
    #expect(g.betweenness()[0] == 1)
    #expect(g.closeness().closeness[0] == 1)
    #expect(g.coreNumbers() == [1, 1, 1, 1, 1])
  }

  @Test func standaloneFunctionsAgreeWithNetworkMeasures() throws {
    let (g, _) = try NetworkxFixture("karate").graph()
    let m = NetworkMeasures(graph: g)
    #expect(g.clustering() == m.clustering)
    #expect(g.effectiveSize() == m.effectiveSize)
    #expect(abs(g.averageClustering() - m.summary.averageClustering) < 1e-15)
    #expect(g.closeness().closeness == m.closeness)
  }
}

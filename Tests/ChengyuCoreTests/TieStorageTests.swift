import Testing

@testable import ChengyuCore

/// The shared tie storage, the sort-free adjacency and the linear tie order.
@Suite("Tie storage and graph build")
struct TieStorageTests {
  @Test func tieAgreementsReadLikeAnArrayFromZero() {
    let shared: [Int32] = [9, 4, 7, 1, 3]
    let window = TieAgreements(storage: shared, start: 1, end: 4)
    #expect(Array(window) == [4, 7, 1])
    #expect(window.first == 4 && window[2] == 1 && window.count == 3)
    #expect(window == [4, 7, 1])
    #expect(window != [4, 7])
    #expect(Set([window, TieAgreements([4, 7, 1])]).count == 1)
    #expect(TieAgreements(storage: shared, start: 2, end: 2).isEmpty)
    let tie = Tie(a: 3, b: 1, agreements: window)
    #expect((tie.a, tie.b, tie.weight) == (1, 3, 3))
  }

  /// A graph's ties are records beside one agreement array; reading them gives back the ties
  /// they were made from: ends ordered, agreements, given weights of edge-list ties, `newman`
  /// values (zero included) and their absence.
  @Test func tieListGivesBackTheTiesItWasMadeFrom() {
    let ties = [
      Tie(a: 4, b: 2, agreements: [7, 3, 9], newmanWeight: 1.5),
      Tie(a: 0, b: 1, weight: 6),
      Tie(a: 1, b: 3, agreements: [5], newmanWeight: 0),
      Tie(a: 2, b: 3, agreements: [3, 8]),
    ]
    let list = TieList(ties)
    #expect(Array(list) == ties)
    #expect(list.map { Array($0.agreements) } == [[7, 3, 9], [], [5], [3, 8]])
    #expect(list.map(\.newmanWeight) == [1.5, nil, 0, nil])
    #expect(list.indices.map { list.weight($0) } == [3, 6, 1, 2] && list.weights() == [3, 6, 1, 2])
    #expect(list.indices.map { [list.ends($0).a, list.ends($0).b] } == [[2, 4], [0, 1], [1, 3], [2, 3]])
    #expect(list == TieList(ties) && list != TieList(Array(ties.dropLast())) && TieList().isEmpty)
    let g = CooperationGraph(nodes: Array(0..<5), ties: ties)
    #expect(g.ties == list && g.strength(3) == 3 && g.strength(2) == 5)
  }

  /// Rows must come out sorted however the ties are ordered; the reference sorts each row.
  @Test func adjacencyRowsAreSortedWithoutSorting() {
    var rng = SplitMix64(seed: 17)
    var seen = Set<Int>()
    var ties: [Tie] = []
    let n = 40
    while ties.count < 300 {
      let (u, v) = (rng.below(n), rng.below(n))
      guard u != v, seen.insert(min(u, v) * n + max(u, v)).inserted else { continue }
      ties.append(Tie(a: u, b: v, weight: 1 + rng.below(5)))
    }
    let g = CooperationGraph(nodes: Array(0..<n), ties: ties)
    for v in 0..<n {
      let expected = ties.indices.filter { ties[$0].a == v || ties[$0].b == v }
        .map { (ties[$0].other(v), $0) }.sorted { $0.0 < $1.0 }
      let row = g.offsets[v]..<g.offsets[v + 1]
      #expect(Array(g.neighbors[row]) == expected.map(\.0))
      #expect(Array(g.neighborTies[row]) == expected.map(\.1))
    }
    let byWeight = ties.indices.sorted { l, r in
      let (x, y) = (ties[l], ties[r])
      return x.weight != y.weight ? x.weight > y.weight : (x.a, x.b) < (y.a, y.b)
    }
    #expect(g.tiesByWeight() == byWeight)
  }

  /// Weights too large for the counting sort take the comparison sort, in the same order.
  @Test func tiesByWeightWithHugeWeights() {
    let g = CooperationGraph(nodeCount: 4, edges: [(2, 3, 1_000_000), (0, 1, 5), (1, 2, 1_000_000), (0, 3, 5)])
    #expect(g.tiesByWeight().map { [g.ties[$0].a, g.ties[$0].b] } == [[1, 2], [2, 3], [0, 1], [0, 3]])
  }
}

/// The ties a filter pass found, before they become a graph: ties in order of first appearance
/// (as pair numbers) and, per pair, where its agreements stand in the storage of the part that
/// wrote them (one part for the agreement pass, one per thread for the pair pass).
final class TieTable {
  /// Per pair (only ties' pairs are set): its agreements' window, `start | end << 32`, in the
  /// storage of its part.
  let window: UnsafeMutableBufferPointer<UInt64>
  /// Per pair, under `newman` weighting (else empty): Σ 1/(n − 1) over its agreements.
  let newman: UnsafeMutableBufferPointer<Double>
  private(set) var tiePair: [Int32] = []
  /// Agreement lists; part `k` holds the pairs `bounds[k]..<bounds[k + 1]`.
  private(set) var storages: [[Int32]] = []
  private(set) var bounds: [Int] = []

  init(pairCount: Int, newman: Bool) {
    window = .allocate(capacity: pairCount)
    self.newman = .allocate(capacity: newman ? pairCount : 0)
    self.newman.initialize(repeating: 0)
  }

  deinit {
    window.deallocate()
    newman.deallocate()
  }

  static func window(_ start: Int, _ end: Int) -> UInt64 { UInt64(start) | UInt64(end) << 32 }

  func finish(tiePair: [Int32], storages: [[Int32]], bounds: [Int]) {
    (self.tiePair, self.storages, self.bounds) = (tiePair, storages, bounds)
  }

  /// The passing agreements in view order and the graph: nodes in city-id order, then the ends
  /// of every tie as node positions (split over the threads), then the ties, the adjacency and
  /// the agreement list at once.
  func graph(
    incidence inc: Incidence, index: FilterIndex, kept: AgreementBitset, keepIsolates: Bool, newman: Bool,
    cityCount: Int, threads: Int
  ) -> (agreements: [Int], graph: CooperationGraph) {
    let (tiePair, tieCount) = (self.tiePair, self.tiePair.count)
    var isNode = keepIsolates ? inc.inScope : [Bool](repeating: false, count: cityCount)
    for p in tiePair {
      isNode[Int(inc.pairA[Int(p)])] = true
      isNode[Int(inc.pairB[Int(p)])] = true
    }
    let nodes = index.cityOrder.filter { isNode[$0] }
    var position = [Int32](repeating: -1, count: cityCount)
    for (i, c) in nodes.enumerated() { position[c] = Int32(i) }
    let parts = max(1, min(threads, tieCount))
    // Ends as node positions, a < b (nodes are in id order, cities in file order).
    let ends = [(Int32, Int32)](unsafeUninitializedCapacity: tieCount) { out, filled in
      WorkSplit.run(parts: parts, threads: threads) { part in
        for t in WorkSplit.slice(tieCount, part, of: parts) {
          let p = Int(tiePair[t])
          let (u, v) = (position[Int(inc.pairA[p])], position[Int(inc.pairB[p])])
          (out.baseAddress! + t).initialize(to: (min(u, v), max(u, v)))
        }
      }
      filled = tieCount
    }
    var adjacency: CooperationGraph.Adjacency?
    var ties: [Tie] = []
    var agreements: [Int] = []
    WorkSplit.run(parts: 3, threads: threads) { part in
      switch part {
      case 0: adjacency = CooperationGraph.adjacency(nodeCount: nodes.count, ends: ends)
      case 1: ties = makeTies(ends, newman: newman)
      default: agreements = index.dateOrder.filter { kept.contains($0) }
      }
    }
    return (agreements, CooperationGraph(nodes: nodes, ties: ties, adjacency: adjacency!))
  }

  private func makeTies(_ ends: [(Int32, Int32)], newman: Bool) -> [Tie] {
    let (tiePair, bounds, storages, window, weights) = (self.tiePair, self.bounds, self.storages, self.window, self.newman)
    let lastPart = bounds.count - 2
    return [Tie](unsafeUninitializedCapacity: tiePair.count) { out, filled in
      for t in tiePair.indices {
        let p = Int(tiePair[t])
        var part = 0
        while part < lastPart && p >= bounds[part + 1] { part += 1 }
        let w = window[p]
        let agreements = TieAgreements(storage: storages[part], start: Int(w & 0xFFFF_FFFF), end: Int(w >> 32))
        (out.baseAddress! + t).initialize(to: Tie(
          a: Int(ends[t].0), b: Int(ends[t].1), agreements: agreements, newmanWeight: newman ? weights[p] : nil))
      }
      filled = tiePair.count
    }
  }
}

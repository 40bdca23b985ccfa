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
  /// Every tie's agreements, one window per tie.
  private(set) var storage: [Int32] = []

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

  func finish(tiePair: [Int32], storage: [Int32]) {
    (self.tiePair, self.storage) = (tiePair, storage)
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
    var ties = TieList()
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

  private func makeTies(_ ends: [(Int32, Int32)], newman: Bool) -> TieList {
    let (tiePair, window, weights) = (self.tiePair, self.window, self.newman)
    let stored = [TieList.Stored](unsafeUninitializedCapacity: tiePair.count) { out, filled in
      for t in tiePair.indices {
        let p = Int(tiePair[t])
        let (lo, hi) = (Int32(truncatingIfNeeded: window[p]), Int32(truncatingIfNeeded: window[p] >> 32))
        (out.baseAddress! + t).initialize(to: TieList.Stored(
          a: ends[t].0, b: ends[t].1, start: lo, weight: hi - lo, newman: newman ? weights[p] : TieList.noNewman))
      }
      filled = tiePair.count
    }
    return TieList(stored: stored, storage: storage)
  }
}

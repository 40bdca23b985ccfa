/// The ties the agreement pass found, before they become a graph: ties in order of first
/// appearance (as pair numbers), each tie's agreements `storage[start[t]..<start[t + 1]]`, and
/// under `newman` weighting each tie's Σ 1/(n − 1) over its agreements (else empty).
struct TieTable {
  let tiePair: [Int32]
  let start: [Int]
  let newman: [Double]
  /// Every tie's agreements, one window per tie.
  let storage: [Int32]

  /// The passing agreements in view order and the graph: nodes in city-id order, then the ends
  /// of every tie as node positions (split over the threads), then the ties, the adjacency and
  /// the agreement list at once, written into `arrays` where they are large enough.
  func graph(
    incidence inc: Incidence, index: FilterIndex, kept: AgreementBitset, keepIsolates: Bool,
    cityCount: Int, threads: Int, reusing arrays: inout ViewArrays
  ) -> (agreements: [Int], graph: CooperationGraph) {
    let tieCount = tiePair.count
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
    // Each step writes into its own arrays, taken out of `arrays` first (so each is held once).
    var rows = ViewArrays()
    var stored: [TieList.Stored] = []
    var list: [Int] = []
    swap(&rows, &arrays)
    swap(&stored, &rows.stored)
    swap(&list, &rows.agreements)
    var adjacency: CooperationGraph.Adjacency?
    var ties = TieList()
    var agreements: [Int] = []
    WorkSplit.run(parts: 3, threads: threads) { part in
      switch part {
      case 0: adjacency = CooperationGraph.adjacency(nodeCount: nodes.count, ends: ends, reusing: &rows)
      case 1: ties = makeTies(ends, reusing: &stored)
      default:
        agreements = Array.written(kept.population, reusing: &list, blank: 0) { index.inDateOrder(kept, into: $0) }
      }
    }
    return (agreements, CooperationGraph(nodes: nodes, ties: ties, adjacency: adjacency!, lease: BufferLease()))
  }

  private func makeTies(_ ends: [(Int32, Int32)], reusing reused: inout [TieList.Stored]) -> TieList {
    let blank = TieList.Stored(a: 0, b: 0, start: 0, weight: 0, newman: 0)
    let stored = Array.written(tiePair.count, reusing: &reused, blank: blank) { out in
      for t in tiePair.indices {
        out[t] = TieList.Stored(
          a: ends[t].0, b: ends[t].1, start: Int32(start[t]), weight: Int32(start[t + 1] - start[t]),
          newman: newman.isEmpty ? TieList.noNewman : newman[t])
      }
    }
    return TieList(stored: stored, storage: storage)
  }
}

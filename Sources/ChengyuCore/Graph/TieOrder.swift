extension CooperationGraph {
  /// Ties heaviest first (by `weight`), then by their ends' node positions `(a, b)`.
  ///
  /// Linear, with no comparison sort: the sorted rows already list the ties by `(a, b)` (each
  /// tie at its lower end), and a stable counting sort by weight keeps that order within a
  /// weight. Millions of ties sorted with a comparator took most of a second.
  public func tiesByWeight() -> [Int] {
    var byEnds: [Int] = []
    byEnds.reserveCapacity(tieCount)
    var heaviest = 0
    for a in 0..<nodeCount {
      for k in offsets[a]..<offsets[a + 1] where neighbors[k] > a {
        byEnds.append(neighborTies[k])
        heaviest = max(heaviest, ties[neighborTies[k]].weight)
      }
    }
    // Edge-list graphs may carry any weight; a counting sort is for weights up to a few per tie.
    guard heaviest <= 4 * tieCount + 1024, !ties.contains(where: { $0.weight < 0 }) else {
      return byEnds.enumerated().sorted { l, r in
        let (wl, wr) = (ties[l.element].weight, ties[r.element].weight)
        return wl != wr ? wl > wr : l.offset < r.offset
      }.map(\.element)
    }
    var start = [Int](repeating: 0, count: heaviest + 2)
    for t in byEnds { start[heaviest - ties[t].weight + 1] += 1 }
    for w in 0...heaviest { start[w + 1] += start[w] }
    var result = [Int](repeating: 0, count: tieCount)
    for t in byEnds {
      let slot = heaviest - ties[t].weight
      result[start[slot]] = t
      start[slot] += 1
    }
    return result
  }
}

extension CooperationGraph {
  /// Ties heaviest first (by `weight`), then by their ends' node positions `(a, b)`.
  ///
  /// Linear, with no comparison sort: the sorted rows already list the ties by `(a, b)` (each
  /// tie at its lower end), and a stable counting sort by weight keeps that order within a
  /// weight. Millions of ties sorted with a comparator took most of a second.
  public func tiesByWeight() -> [Int] {
    let weight = ties.weights()
    var byEnds: [Int] = []
    byEnds.reserveCapacity(tieCount)
    for a in 0..<nodeCount {
      for k in offsets[a]..<offsets[a + 1] where neighbors[k] > a { byEnds.append(neighborTies[k]) }
    }
    let heaviest = weight.max() ?? 0
    // Edge-list graphs may carry any weight; a counting sort is for weights up to a few per tie.
    guard heaviest <= 4 * tieCount + 1024, !weight.contains(where: { $0 < 0 }) else {
      return byEnds.enumerated().sorted { l, r in
        let (wl, wr) = (weight[l.element], weight[r.element])
        return wl != wr ? wl > wr : l.offset < r.offset
      }.map(\.element)
    }
    var start = [Int](repeating: 0, count: heaviest + 2)
    for t in byEnds { start[heaviest - weight[t] + 1] += 1 }
    for w in 0...heaviest { start[w + 1] += start[w] }
    var result = [Int](repeating: 0, count: tieCount)
    for t in byEnds {
      let slot = heaviest - weight[t]
      result[start[slot]] = t
      start[slot] += 1
    }
    return result
  }
}

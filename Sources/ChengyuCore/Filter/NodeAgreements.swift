extension NetworkView {
  /// Every node's agreements (`agreements(of:)` for all nodes at once), each list in the view's
  /// order (date, then id), without a set or a sort per node.
  ///
  /// The ties' agreement lists are transposed into ties per agreement, bucketed by the
  /// agreement's place in `agreements`; walking those places in order appends each agreement
  /// once to each of its nodes (a stamp per node drops the repeats of a multilateral agreement).
  public func agreementsByNode() -> [[Int]] {
    let g = graph
    var place = [Int32](repeating: -1, count: dataset.agreements.count)
    for (r, a) in agreements.enumerated() { place[a] = Int32(r) }
    var start = [Int](repeating: 0, count: agreements.count + 1)
    for t in g.ties {
      for a in t.agreements where place[a] >= 0 { start[Int(place[a]) + 1] += 1 }
    }
    for r in agreements.indices { start[r + 1] += start[r] }
    var fill = start
    var tieAt = [Int32](repeating: 0, count: start[agreements.count])
    for (i, t) in g.ties.enumerated() {
      for a in t.agreements where place[a] >= 0 {
        tieAt[fill[Int(place[a])]] = Int32(i)
        fill[Int(place[a])] += 1
      }
    }
    let ends = g.ties.map { ($0.a, $0.b) }
    var lists = [[Int]](repeating: [], count: g.nodeCount)
    var last = [Int](repeating: -1, count: g.nodeCount)
    for r in agreements.indices {
      for k in start[r]..<start[r + 1] {
        let (u, v) = ends[Int(tieAt[k])]
        if last[u] != r {
          last[u] = r
          lists[u].append(agreements[r])
        }
        if last[v] != r {
          last[v] = r
          lists[v].append(agreements[r])
        }
      }
    }
    return lists
  }
}

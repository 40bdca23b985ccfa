extension CooperationGraph {
  /// Betweenness centrality by Brandes' algorithm, as networkx `betweenness_centrality` with its
  /// defaults (normalized, endpoints excluded): the share of shortest paths between other pairs
  /// that pass through a node, scaled by 2 / ((n − 1)(n − 2)) for n > 2 (all zero otherwise).
  ///
  /// - Parameters:
  ///   - weighted: paths are shortest by length 1 / weight (Dijkstra), so a tie backed by more
  ///     agreements is "shorter"; otherwise by hop count (networkx `weight=None`).
  ///   - threads: worker threads (default: online processors).
  public func betweenness(weighted: Bool = false, threads: Int? = nil) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    let adj = PathAdjacency(self, weighted: weighted)
    let raw = ParallelSources.accumulate(adj, width: 2 * n, threads: threads) { search, s, row in
      search.run(from: s, countPaths: true)
      // The row's second half holds each thread's dependency scratch (delta).
      let off = adj.offsets
      let nb = adj.neighbors
      let order = search.order
      let sigma = search.sigma
      for i in 0..<search.reached { row[n + order[i]] = 0 }
      var i = search.reached - 1
      while i > 0 {
        let w = order[i]
        let coeff = (1 + row[n + w]) / sigma[w]
        for k in off[w]..<off[w + 1] {
          let v = nb[k]
          if search.isPredecessor(v, of: w, entry: k) { row[n + v] += sigma[v] * coeff }
        }
        row[w] += row[n + w]
        i -= 1
      }
      row[n + s] = 0
    }
    // Each unordered pair was counted from both ends; networkx scales the doubled sum by
    // 1 / ((n − 1)(n − 2)), which is 2 / ((n − 1)(n − 2)) per pair.
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    let scale = 1 / (Double(n - 1) * Double(n - 2))
    return (0..<n).map { raw[$0] * scale }
  }
}

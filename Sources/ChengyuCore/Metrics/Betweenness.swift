extension CooperationGraph {
  /// Betweenness centrality by Brandes' algorithm, as networkx `betweenness_centrality` with its
  /// defaults (normalized, endpoints excluded): the share of shortest paths between other pairs
  /// that pass through a node, scaled by 2 / ((n − 1)(n − 2)) for n > 2 (all zero otherwise).
  ///
  /// - Parameters:
  ///   - weighted: paths are shortest by length 1 / weight (Dijkstra), so a tie backed by more
  ///     agreements is "shorter"; otherwise by hop count (networkx `weight=None`).
  ///   - threads: worker threads (default: online processors).
  ///   - cancel: checked before each source and told the share done; once cancelled the result
  ///     is incomplete (see `CancellationToken`).
  public func betweenness(weighted: Bool = false, threads: Int? = nil, cancel: CancellationToken? = nil) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    let adj = PathAdjacency(self, weighted: weighted)
    let raw = ParallelSources.accumulate(adj, width: 2 * n, threads: threads, cancel: cancel) { search, s, row in
      search.run(from: s, countPaths: true)
      // The row's second half is this thread's scratch for the (1 + δ_w) / σ_w coefficients.
      accumulateDependencies(search, into: row, scratch: UnsafeMutableBufferPointer(rebasing: row[n...]))
    }
    // Each unordered pair was counted from both ends; networkx scales the doubled sum by
    // 1 / ((n − 1)(n − 2)), which is 2 / ((n − 1)(n − 2)) per pair.
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    let scale = 1 / (Double(n - 1) * Double(n - 2))
    return (0..<n).map { raw[$0] * scale }
  }
}

/// Brandes' dependency accumulation for the last search, adding δ_v to `row[v]` for every node
/// but the source.
///
/// Pull form: in decreasing distance, a node sums c_w = (1 + δ_w) / σ_w over its successors w
/// (neighbours one step further), and δ_v = σ_v · Σ c_w. The inner loop only loads and adds into
/// a register, which is much faster than pushing into δ of each predecessor. Successors were
/// all finished earlier, so stale coefficients of other nodes are never selected.
private func accumulateDependencies(
  _ search: PathSearch, into row: UnsafeMutableBufferPointer<Double>,
  scratch c: UnsafeMutableBufferPointer<Double>
) {
  let off = search.adj.offsets
  let nb = search.adj.neighbors
  let order = search.order
  let sigma = search.sigma
  let dist = search.dist
  let len = search.adj.length
  var i = search.reached - 1
  while i > 0 {
    let v = order[i]
    let dv = dist[v]
    var sum = 0.0
    if let len {
      // Same float expression as the search and as networkx: equal means a shortest path.
      for k in off[v]..<off[v + 1] {
        let w = Int(nb[k])
        sum += c[w] * (dv + len[k] == dist[w] ? 1 : 0)
      }
    } else {
      sum = search.sumWhere(dist, equals: dv + 1, of: c, over: off[v]..<off[v + 1])
    }
    let delta = sigma[v] * sum
    row[v] += delta
    c[v] = (1 + delta) / sigma[v]
    i -= 1
  }
}

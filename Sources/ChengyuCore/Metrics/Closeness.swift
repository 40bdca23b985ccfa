/// Closeness of every node, with the longest shortest path found on the way.
public struct ClosenessResult: Sendable {
  /// Closeness centrality per node (see `CooperationGraph.closeness`).
  public let closeness: [Double]
  /// Longest shortest path between two connected nodes: hops, or summed 1 / weight when
  /// weighted (networkx: the largest `diameter` over the components); 0 without ties.
  public let diameter: Double
}

extension CooperationGraph {
  /// Closeness centrality as networkx `closeness_centrality` with its default `wf_improved=True`:
  /// for a node reaching r − 1 others at total distance D, (r − 1) / D, multiplied by
  /// (r − 1) / (n − 1) (Wasserman–Faust) so nodes in small components are not favoured.
  /// Isolated nodes (D = 0) get 0.
  ///
  /// - Parameters:
  ///   - weighted: distances are sums of 1 / weight (Dijkstra); otherwise hop counts.
  ///   - threads: worker threads (default: online processors).
  ///   - cancel: checked before each source and told the share done; once cancelled the result
  ///     is incomplete (see `CancellationToken`).
  public func closeness(weighted: Bool = false, threads: Int? = nil, cancel: CancellationToken? = nil) -> ClosenessResult {
    let n = nodeCount
    guard n > 0 else { return ClosenessResult(closeness: [], diameter: 0) }
    let adj = PathAdjacency(self, weighted: weighted)
    let raw = ParallelSources.accumulate(adj, width: 2 * n, threads: threads, cancel: cancel) { search, s, row in
      search.run(from: s, countPaths: false)
      var total = 0.0
      var farthest = 0.0
      for i in 0..<search.reached {
        let d = search.dist[search.order[i]]
        total += d
        farthest = max(farthest, d)
      }
      let others = Double(search.reached - 1)
      if total > 0, n > 1 { row[s] = (others / total) * (others / Double(n - 1)) }
      row[n + s] = farthest
    }
    return ClosenessResult(closeness: Array(raw[0..<n]), diameter: raw[n...].max() ?? 0)
  }
}

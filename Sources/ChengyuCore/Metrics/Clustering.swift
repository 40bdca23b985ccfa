extension CooperationGraph {
  /// Number of ties among each node's neighbours (triangles through the node).
  public func triangles() -> [Int] {
    var mark = [Bool](repeating: false, count: nodeCount)
    var result = [Int](repeating: 0, count: nodeCount)
    for v in 0..<nodeCount {
      let range = offsets[v]..<offsets[v + 1]
      for k in range { mark[neighbors[k]] = true }
      var links = 0
      for k in range {
        let u = neighbors[k]
        for j in offsets[u]..<offsets[u + 1] where mark[neighbors[j]] { links += 1 }
      }
      for k in range { mark[neighbors[k]] = false }
      result[v] = links / 2
    }
    return result
  }

  /// Local clustering coefficient as networkx `clustering` (unweighted): ties among the
  /// node's neighbours over the d(d − 1)/2 possible; 0 for nodes with fewer than two ties.
  public func clustering() -> [Double] {
    let t = triangles()
    return (0..<nodeCount).map { v in
      let d = degree(v)
      return d < 2 ? 0 : 2 * Double(t[v]) / (Double(d) * Double(d - 1))
    }
  }

  /// Mean local clustering over all nodes, zeros included, as networkx `average_clustering`
  /// (0 for an empty graph, where networkx would divide by zero).
  public func averageClustering() -> Double {
    let c = clustering()
    return c.isEmpty ? 0 : c.reduce(0, +) / Double(c.count)
  }
}

extension CooperationGraph {
  /// k-core number of every node, as networkx `core_number`: the largest k such that the node
  /// belongs to a subgraph where every node has at least k ties. Isolated nodes have 0.
  ///
  /// Batagelj–Zaversnik bucket algorithm, O(ties).
  public func coreNumbers() -> [Int] {
    let n = nodeCount
    var deg = degrees()
    let maxDegree = deg.max() ?? 0
    // Nodes sorted by degree with bucket starts, so a node moves down a bucket in O(1).
    var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in deg { bucketStart[d + 1] += 1 }
    for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
    var fill = bucketStart
    var sorted = [Int](repeating: 0, count: n)
    var position = [Int](repeating: 0, count: n)
    for v in 0..<n {
      position[v] = fill[deg[v]]
      sorted[position[v]] = v
      fill[deg[v]] += 1
    }
    for i in 0..<n {
      let v = sorted[i]
      for k in offsets[v]..<offsets[v + 1] {
        let u = neighbors[k]
        guard deg[u] > deg[v] else { continue }
        // Swap u with the first node of its bucket, then shrink its degree by one.
        let du = deg[u]
        let first = bucketStart[du]
        let w = sorted[first]
        if w != u {
          sorted[position[u]] = w
          position[w] = position[u]
          sorted[first] = u
          position[u] = first
        }
        bucketStart[du] += 1
        deg[u] -= 1
      }
    }
    return deg
  }
}

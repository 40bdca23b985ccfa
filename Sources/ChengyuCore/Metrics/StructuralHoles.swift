extension CooperationGraph {
  /// Burt's constraint as networkx `constraint` (unweighted): for node i,
  /// Σ_j (p_ij + Σ_q p_iq p_qj)², over neighbours j and common neighbours q, where p_ij = 1 / d_i
  /// is the share of i's ties that go to j. High when i's partners are tied to each other.
  ///
  /// Isolated nodes have no constraint (networkx gives NaN): nil here, `null` in JSON.
  ///
  /// - Parameter cancel: checked before each node (a node costs Σ of its partners' degrees, up
  ///   to millions of steps in a dense network) and told the share of nodes done; once cancelled
  ///   the later nodes stay nil and the result must be discarded.
  public func constraint(cancel: CancellationToken? = nil) -> [Double?] {
    let n = nodeCount
    var mark = [Bool](repeating: false, count: n)
    var result = [Double?](repeating: nil, count: n)
    for i in 0..<n {
      if let cancel {
        if cancel.isCancelled { return result }
        if i % Self.progressStride == 0 { cancel.report(Double(i) / Double(n)) }
      }
      let range = offsets[i]..<offsets[i + 1]
      guard !range.isEmpty else { continue }
      let pi = 1 / Double(range.count)
      for k in range { mark[neighbors[k]] = true }
      var total = 0.0
      for k in range {
        let j = neighbors[k]
        // Indirect share: through each q tied to both i and j, p_iq · p_qj.
        var indirect = 0.0
        for m in offsets[j]..<offsets[j + 1] where mark[neighbors[m]] {
          indirect += pi / Double(degree(neighbors[m]))
        }
        let share = pi + indirect
        total += share * share
      }
      for k in range { mark[neighbors[k]] = false }
      result[i] = total
    }
    cancel?.report(1)
    return result
  }

  /// Burt's effective size as networkx `effective_size` (unweighted, Borgatti's form):
  /// n − 2t / n for a node with n partners among whom there are t ties; the number of partners
  /// minus their average redundancy. Isolated nodes: nil (networkx NaN).
  public func effectiveSize() -> [Double?] { effectiveSize(triangles: triangles()) }

  /// Effective size from already counted triangles.
  func effectiveSize(triangles t: [Int]) -> [Double?] {
    (0..<nodeCount).map { v in
      let d = Double(degree(v))
      return d == 0 ? nil : d - 2 * Double(t[v]) / d
    }
  }
}

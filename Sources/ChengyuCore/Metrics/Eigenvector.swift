/// Eigenvector centrality, or why it could not be computed.
public enum EigenvectorResult: Sendable, Equatable {
  /// Scores per node (Euclidean norm 1) and the number of iterations used.
  case converged([Double], iterations: Int)
  /// Power iteration did not meet the tolerance within `iterations` steps (networkx raises
  /// `PowerIterationFailedConvergence` here).
  case notConverged(iterations: Int)
  /// The graph has no nodes (networkx raises `NetworkXPointlessConcept`).
  case empty

  /// The scores, when converged.
  public var values: [Double]? {
    if case .converged(let v, _) = self { return v }
    return nil
  }
}

extension CooperationGraph {
  /// Eigenvector centrality as networkx `eigenvector_centrality`: power iteration on A + I from
  /// the uniform vector 1/n, normalised to Euclidean length 1 after each step, stopping when the
  /// L1 change is below n × tolerance.
  ///
  /// Adding I keeps the iteration from oscillating on bipartite graphs without changing the
  /// eigenvectors. On a disconnected graph the result depends on the start vector: components
  /// whose leading eigenvalue is smaller decay towards 0 but, as in networkx, are not forced to 0.
  ///
  /// - Parameters:
  ///   - weighted: multiply by tie weights (networkx `weight="weight"`); otherwise 1.
  ///   - cancel: checked every `progressStride` nodes of each step (a step is a pass over every
  ///     tie) and told the share of `maxIterations` done; once cancelled the result is
  ///     `.notConverged` with the steps completed, and must be discarded.
  public func eigenvector(
    weighted: Bool = false, maxIterations: Int = 100, tolerance: Double = 1e-6,
    cancel: CancellationToken? = nil
  ) -> EigenvectorResult {
    let n = nodeCount
    guard n > 0 else { return .empty }
    let w: [Double] = neighborTies.map { weighted ? ties[$0].value : 1 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    let steps = max(1, maxIterations)
    for iteration in 1...steps {
      if let cancel {
        cancel.report(Double(iteration - 1) / Double(steps))
        if cancel.isCancelled { return .notConverged(iterations: iteration - 1) }
      }
      for v in 0..<n {
        if v % Self.progressStride == 0, cancel.isCancelled { return .notConverged(iterations: iteration - 1) }
        var sum = x[v]
        for k in offsets[v]..<offsets[v + 1] { sum += x[neighbors[k]] * w[k] }
        next[v] = sum
      }
      var squares = 0.0
      for v in 0..<n { squares += next[v] * next[v] }
      let norm = squares > 0 ? squares.squareRoot() : 1
      var change = 0.0
      for v in 0..<n {
        next[v] /= norm
        change += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if change < Double(n) * tolerance {
        cancel?.report(1)
        return .converged(x, iterations: iteration)
      }
    }
    cancel?.report(1)
    return .notConverged(iterations: maxIterations)
  }
}

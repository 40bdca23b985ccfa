/// Core–periphery structure (Borgatti and Everett 2000), as UCINET's Core/Periphery reports it:
/// a continuous coreness per node and a discrete core/periphery partition, each with its fit,
/// the Pearson correlation between the ties and the ideal pattern over all pairs of nodes.
/// Unweighted: a tie counts once, whatever its number of agreements.
public struct CorePeriphery: Sendable {
  /// Continuous model: coreness c fitted to a_ij ≈ c_i · c_j by least squares (MINRES), scaled to
  /// [0, 1] (largest 1). All 0 without ties; all 1 in a complete network.
  public let coreness: [Double]
  /// That correlation; nil when undefined (no ties, or a complete network).
  public let continuousFit: Double?
  /// Discrete model: the core, whose pattern is 1 for a pair with at least one core member and 0
  /// for two periphery members (cpnet's `BE`).
  public let inCore: [Bool]
  /// Correlation of the ties with that pattern; nil when undefined.
  public let fit: Double?
  /// Tie densities of the core, between core and periphery, and of the periphery (nil for a
  /// block without pairs).
  public let coreDensity: Double?
  public let betweenDensity: Double?
  public let peripheryDensity: Double?

  public var coreSize: Int { inCore.filter { $0 }.count }

  /// The structure of `g`. `cancel` is checked between the steps of both searches; once
  /// cancelled the result is incomplete (see `CancellationToken`).
  public init(graph g: CooperationGraph, cancel: CancellationToken? = nil) {
    let n = g.nodeCount
    let pairs = Double(n) * Double(n - 1) / 2
    let m = Double(g.tieCount)
    guard n >= 2, m > 0, m < pairs else {
      // No ties: all periphery; a complete network: all core. Neither has a fit.
      let complete = m > 0
      coreness = [Double](repeating: complete ? 1 : 0, count: n)
      inCore = [Bool](repeating: complete, count: n)
      (continuousFit, fit, betweenDensity) = (nil, nil, nil)
      coreDensity = complete ? 1 : nil
      peripheryDensity = !complete && n >= 2 ? 0 : nil
      return
    }
    let continuous = ContinuousCoreness(g: g, cancel: cancel).solve()
    cancel?.report(0.5)
    coreness = continuous.coreness
    continuousFit = continuous.fit
    let search = DiscreteCore(g: g, cancel: cancel)
    let starts = [coreness, g.degrees().map(Double.init)]
    var best: (core: [Bool], fit: Double)?
    for score in starts {
      let found = search.best(startingFrom: score)
      if best == nil || found.fit > best!.fit { best = found }
    }
    inCore = best!.core
    fit = best!.fit
    cancel?.report(1)
    let c = Double(inCore.filter { $0 }.count)
    let p = Double(n) - c
    var within = (core: 0.0, between: 0.0, periphery: 0.0)
    for t in g.ties {
      switch (inCore[t.a], inCore[t.b]) {
      case (true, true): within.core += 1
      case (false, false): within.periphery += 1
      default: within.between += 1
      }
    }
    let share = { (ties: Double, possible: Double) in possible > 0 ? ties / possible : nil }
    coreDensity = share(within.core, c * (c - 1) / 2)
    betweenDensity = share(within.between, c * p)
    peripheryDensity = share(within.periphery, p * (p - 1) / 2)
  }
}

/// Pearson correlation of a 0/1 tie indicator (m ties over `pairs`) with a pattern y given by
/// its sums over all pairs (Σy, Σy²) and over the ties (Σ_ties y); nil when either is constant.
func pairCorrelation(pairs: Double, ties m: Double, sumY: Double, sumYY: Double, sumTiesY: Double) -> Double? {
  let varA = pairs * m - m * m
  let varY = pairs * sumYY - sumY * sumY
  guard varA > 0, varY > 1e-12 * pairs * sumYY else { return nil }
  return (pairs * sumTiesY - m * sumY) / (varA.squareRoot() * varY.squareRoot())
}

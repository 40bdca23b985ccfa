/// A pattern fitted to the ties over all pairs of distinct nodes.
protocol PairPattern {
  var g: CooperationGraph { get }
}

extension PairPattern {
  /// Pairs of distinct nodes, n(n − 1) / 2.
  var pairs: Double { Double(g.nodeCount) * Double(g.nodeCount - 1) / 2 }
  /// Ties, each counting 1.
  var m: Double { Double(g.tieCount) }
}

/// Continuous coreness by MINRES (Boyd, Fitzgerald, Mahutga and Smith 2010), UCINET's default
/// for the continuous model: c minimising Σ_{i<j} (a_ij − c_i c_j)². Its fixed point is
/// c_i = Σ_j a_ij c_j / Σ_{j≠i} c_j², iterated from the degrees; a step that would raise the
/// residual is halved towards the current c, so the residual never grows.
///
/// Sums over pairs come from node sums — Σ_{i<j} c_i c_j = ((Σc)² − Σc²) / 2 and
/// Σ_{i<j} (c_i c_j)² = ((Σc²)² − Σc⁴) / 2 — so a step costs O(n + m), not O(n²).
struct ContinuousCoreness: PairPattern {
  let g: CooperationGraph
  /// Checked before every step (see `CancellationToken`).
  var cancel: CancellationToken? = nil

  private func sums(_ c: [Double]) -> (s1: Double, s2: Double, s4: Double, ties: Double) {
    var (s1, s2, s4) = (0.0, 0.0, 0.0)
    for x in c {
      s1 += x
      s2 += x * x
      s4 += x * x * x * x
    }
    var ties = 0.0
    for t in g.ties { ties += c[t.a] * c[t.b] }
    return (s1, s2, s4, ties)
  }

  /// Σ_{i<j} (a_ij − c_i c_j)².
  func residual(_ c: [Double]) -> Double {
    let s = sums(c)
    return m - 2 * s.ties + (s.s2 * s.s2 - s.s4) / 2
  }

  /// Correlation of a_ij with c_i c_j over all pairs, the fit UCINET reports.
  func fit(_ c: [Double]) -> Double? {
    let s = sums(c)
    return pairCorrelation(pairs: pairs, ties: m, sumY: (s.s1 * s.s1 - s.s2) / 2,
                           sumYY: (s.s2 * s.s2 - s.s4) / 2, sumTiesY: s.ties)
  }

  /// The MINRES coreness scaled to a largest value of 1, and its fit.
  func solve() -> (coreness: [Double], fit: Double?) {
    let n = g.nodeCount
    var c = g.degrees().map { Double($0) / (2 * m).squareRoot() }
    var r = residual(c)
    for _ in 0..<10_000 {
      if cancel.isCancelled { break }
      var s2 = 0.0
      for x in c { s2 += x * x }
      var next = [Double](repeating: 0, count: n)
      for t in g.ties {
        next[t.a] += c[t.b]
        next[t.b] += c[t.a]
      }
      for i in 0..<n {
        let others = s2 - c[i] * c[i]
        next[i] = others > 0 ? next[i] / others : 0
      }
      var t = 1.0
      var trial = next
      var rt = residual(trial)
      while rt > r, t > 1e-9 {
        t /= 2
        trial = (0..<n).map { c[$0] + t * (next[$0] - c[$0]) }
        rt = residual(trial)
      }
      guard rt <= r else { break }
      let change = zip(trial, c).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
      (c, r) = (trial, rt)
      if change <= 1e-12 * (c.max() ?? 1) { break }
    }
    let top = c.max() ?? 0
    let scaled = top > 0 ? c.map { $0 / top } : c
    return (scaled, fit(c))
  }
}

/// The discrete core: the best split of a ranking into top-k core and periphery, then single
/// node moves while they raise the correlation. Moves are evaluated in O(degree) from the count
/// of ties inside the periphery.
struct DiscreteCore: PairPattern {
  let g: CooperationGraph
  /// Checked before every sweep of moves (see `CancellationToken`).
  var cancel: CancellationToken? = nil

  /// Correlation with the pattern when `p` nodes are in the periphery with `tiesInPeriphery`
  /// ties among them (the pattern is 0/1, so Σy² = Σy).
  func fit(periphery p: Int, tiesInPeriphery mpp: Int) -> Double? {
    let sumY = pairs - Double(p) * Double(p - 1) / 2
    return pairCorrelation(pairs: pairs, ties: m, sumY: sumY, sumYY: sumY, sumTiesY: m - Double(mpp))
  }

  /// Number of `v`'s partners in the periphery.
  func peripheryPartners(_ v: Int, _ core: [Bool]) -> Int {
    (g.offsets[v]..<g.offsets[v + 1]).filter { !core[g.neighbors[$0]] }.count
  }

  func best(startingFrom score: [Double]) -> (core: [Bool], fit: Double) {
    let n = g.nodeCount
    let order = (0..<n).sorted { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }
    var core = [Bool](repeating: false, count: n)
    var mpp = g.tieCount
    var best = (k: 0, fit: -Double.infinity)
    for (i, v) in order.enumerated() where i < n - 1 {
      mpp -= peripheryPartners(v, core)
      core[v] = true
      if let f = fit(periphery: n - i - 1, tiesInPeriphery: mpp), f > best.fit { best = (i + 1, f) }
    }
    core = [Bool](repeating: false, count: n)
    for v in order.prefix(best.k) { core[v] = true }
    mpp = g.ties.filter { !core[$0.a] && !core[$0.b] }.count
    var p = n - best.k
    var current = best.fit
    var moved = true
    while moved, !cancel.isCancelled {
      moved = false
      for v in 0..<n {
        // Moving v across changes the ties inside the periphery by its periphery partners.
        let partners = peripheryPartners(v, core)
        let (np, nmpp) = core[v] ? (p + 1, mpp + partners) : (p - 1, mpp - partners)
        guard np >= 1, np <= n - 1, let f = fit(periphery: np, tiesInPeriphery: nmpp), f > current + 1e-12 else {
          continue
        }
        core[v].toggle()
        (p, mpp, current) = (np, nmpp, f)
        moved = true
      }
    }
    return (core, current)
  }
}

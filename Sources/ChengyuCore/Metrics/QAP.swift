/// The quadratic assignment procedure (Hubert 1987; Krackhardt 1988): the Pearson correlation of
/// two symmetric n × n matrices over their off-diagonal cells, and how often a relabelling of the
/// nodes of one of them gives a correlation at least as large.
///
/// A relabelling permutes the rows and columns of the second matrix together (cell (i, j) takes
/// the value of (π(i), π(j))), which keeps each matrix's structure, degrees and autocorrelation
/// and breaks only the correspondence between the two. This is why QAP, not a t-test over the
/// cells, is the standard test for two networks on the same nodes: cells are not independent.
public enum QAP {
  /// The outcome of `test`.
  public struct Result: Sendable, Equatable {
    /// Pearson correlation over the cells (i, j), i < j; nil when either matrix is constant
    /// there (no variance), e.g. a layer without ties.
    public let correlation: Double?
    /// Share of permutations whose correlation is at least the observed one (one-sided, as
    /// UCINET's "P(large)"); the identity counts when every permutation is enumerated. nil
    /// with `correlation`.
    public let pValue: Double?
    /// Permutations drawn, or n! when that is no more than asked and all were enumerated.
    public let permutations: Int
    /// True when every permutation was enumerated, so `pValue` is exact.
    public let exact: Bool
  }

  /// The correlation of two symmetric matrices, given row-major with `n * n` cells, over the
  /// cells above the diagonal (for a symmetric matrix, the same as over all off-diagonal cells).
  public static func correlation(_ x: [Double], _ y: [Double], n: Int) -> Double? {
    Cells(x, y, n: n).correlation(cross: Cells.cross(Cells.nonZero(x, n: n), y, n: n, permutation: Array(0..<n)))
  }

  /// The correlation and its permutation p-value. When n! ≤ `permutations` every permutation is
  /// enumerated (exact test); otherwise `permutations` random ones are drawn from `seed`
  /// (Fisher–Yates on SplitMix64, the same on every platform).
  public static func test(_ x: [Double], _ y: [Double], n: Int, permutations: Int, seed: UInt64) -> Result {
    precondition(x.count == n * n && y.count == n * n, "matrices must be n × n")
    let cells = Cells(x, y, n: n)
    // Only the non-zero cells of x contribute to Σ x·y: a sparse network costs its ties per
    // permutation, not n².
    let nonZero = Cells.nonZero(x, n: n)
    let observed = Cells.cross(nonZero, y, n: n, permutation: Array(0..<n))
    guard let r = cells.correlation(cross: observed) else {
      return Result(correlation: nil, pValue: nil, permutations: 0, exact: false)
    }
    // Compare cross sums, not rounded correlations: the permutations change only Σ x·y.
    let tolerance = 1e-9 * max(1, abs(observed))
    if let total = factorial(n, atMost: permutations) {
      var atLeast = 0
      Permutations.forEach(n) { p in
        if Cells.cross(nonZero, y, n: n, permutation: p) >= observed - tolerance { atLeast += 1 }
      }
      return Result(correlation: r, pValue: Double(atLeast) / Double(total), permutations: total, exact: true)
    }
    var rng = SplitMix64(seed: seed)
    var p = Array(0..<n)
    var atLeast = 0
    for _ in 0..<permutations {
      for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, rng.below(i + 1)) }
      if Cells.cross(nonZero, y, n: n, permutation: p) >= observed - tolerance { atLeast += 1 }
    }
    return Result(
      correlation: r, pValue: Double(atLeast) / Double(max(1, permutations)), permutations: permutations,
      exact: false)
  }

  /// n! when it is at most `limit`, else nil.
  static func factorial(_ n: Int, atMost limit: Int) -> Int? {
    var f = 1
    for k in stride(from: 2, through: max(1, n), by: 1) {
      guard f <= limit / k else { return nil }
      f *= k
    }
    return f <= limit ? f : nil
  }

  /// The sums that do not change under a permutation, so each permutation costs one pass.
  private struct Cells {
    let count: Double
    let sx: Double, sy: Double, sxx: Double, syy: Double

    init(_ x: [Double], _ y: [Double], n: Int) {
      var (sx, sy, sxx, syy) = (0.0, 0.0, 0.0, 0.0)
      for i in 0..<n {
        for j in (i + 1)..<max(i + 1, n) {
          let (a, b) = (x[i * n + j], y[i * n + j])
          sx += a
          sy += b
          sxx += a * a
          syy += b * b
        }
      }
      (self.sx, self.sy, self.sxx, self.syy) = (sx, sy, sxx, syy)
      count = Double(n * (n - 1) / 2)
    }

    /// Pearson's r from the cross sum Σ x_ij · y_ij; nil without variance.
    func correlation(cross sxy: Double) -> Double? {
      guard count > 0 else { return nil }
      let vx = sxx - sx * sx / count
      let vy = syy - sy * sy / count
      // Relative threshold: a constant matrix leaves rounding noise, not variance.
      guard vx > 1e-12 * max(1, sxx), vy > 1e-12 * max(1, syy) else { return nil }
      return (sxy - sx * sy / count) / (vx * vy).squareRoot()
    }

    /// The cells (i, j, value), i < j, where x is not 0, row by row.
    static func nonZero(_ x: [Double], n: Int) -> [(i: Int, j: Int, value: Double)] {
      var cells: [(i: Int, j: Int, value: Double)] = []
      for i in 0..<n {
        for j in (i + 1)..<max(i + 1, n) where x[i * n + j] != 0 { cells.append((i, j, x[i * n + j])) }
      }
      return cells
    }

    /// Σ_{i<j} x[i][j] · y[p(i)][p(j)], over the non-zero cells of x.
    static func cross(_ x: [(i: Int, j: Int, value: Double)], _ y: [Double], n: Int, permutation p: [Int]) -> Double {
      var s = 0.0
      for c in x { s += c.value * y[p[c.i] * n + p[c.j]] }
      return s
    }
  }
}

/// Every permutation of 0..<n, by Heap's algorithm (each one differs from the last by a swap).
enum Permutations {
  static func forEach(_ n: Int, _ body: ([Int]) -> Void) {
    var p = Array(0..<n)
    var c = [Int](repeating: 0, count: n)
    body(p)
    var i = 0
    while i < n {
      if c[i] < i {
        p.swapAt(i % 2 == 0 ? 0 : c[i], i)
        body(p)
        c[i] += 1
        i = 0
      } else {
        c[i] = 0
        i += 1
      }
    }
  }
}

/// The quadratic assignment procedure (Hubert 1987; Krackhardt 1988): the Pearson correlation of
/// two symmetric n × n matrices over their off-diagonal cells, and how often a relabelling of the
/// nodes of one of them gives a correlation at least as large.
///
/// A relabelling permutes the rows and columns of the second matrix together (cell (i, j) takes
/// the value of (π(i), π(j))), which keeps each matrix's structure, degrees and autocorrelation
/// and breaks only the correspondence between the two. This is why QAP, not a t-test over the
/// cells, is the standard test for two networks on the same nodes: cells are not independent.
///
/// Both matrices are held sparse (`QAPMatrix`, the non-zero cells only): memory grows with the
/// ties, not with n², so two layers of 2,900 governments take a few MB instead of 135 MB, and a
/// permutation costs one lookup per non-zero cell of the first matrix.
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
    correlation(QAPMatrix(dense: x, n: n), QAPMatrix(dense: y, n: n))
  }

  /// The correlation of two sparse symmetric matrices of the same size.
  public static func correlation(_ x: QAPMatrix, _ y: QAPMatrix) -> Double? {
    Sums(x, y).correlation(cross: cross(x, y, permutation: Array(0..<x.n)))
  }

  /// `test` on dense row-major matrices of `n * n` cells (small examples and tests).
  public static func test(_ x: [Double], _ y: [Double], n: Int, permutations: Int, seed: UInt64) -> Result {
    precondition(x.count == n * n && y.count == n * n, "matrices must be n × n")
    return test(QAPMatrix(dense: x, n: n), QAPMatrix(dense: y, n: n), permutations: permutations, seed: seed)
  }

  /// The correlation and its permutation p-value. When n! ≤ `permutations` every permutation is
  /// enumerated (exact test); otherwise `permutations` random ones are drawn from `seed`
  /// (Fisher–Yates on SplitMix64, the same on every platform).
  public static func test(_ x: QAPMatrix, _ y: QAPMatrix, permutations: Int, seed: UInt64) -> Result {
    precondition(x.n == y.n, "matrices must have the same size")
    let n = x.n
    let sums = Sums(x, y)
    let observed = cross(x, y, permutation: Array(0..<n))
    guard let r = sums.correlation(cross: observed) else {
      return Result(correlation: nil, pValue: nil, permutations: 0, exact: false)
    }
    // Compare cross sums, not rounded correlations: the permutations change only Σ x·y.
    let tolerance = 1e-9 * max(1, abs(observed))
    if let total = factorial(n, atMost: permutations) {
      var atLeast = 0
      Permutations.forEach(n) { p in
        if cross(x, y, permutation: p) >= observed - tolerance { atLeast += 1 }
      }
      return Result(correlation: r, pValue: Double(atLeast) / Double(total), permutations: total, exact: true)
    }
    var rng = SplitMix64(seed: seed)
    var p = Array(0..<n)
    var atLeast = 0
    for _ in 0..<permutations {
      for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, rng.below(i + 1)) }
      if cross(x, y, permutation: p) >= observed - tolerance { atLeast += 1 }
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

  /// Σ_{i<j} x[i][j] · y[p(i)][p(j)]: only the non-zero cells of x contribute.
  static func cross(_ x: QAPMatrix, _ y: QAPMatrix, permutation p: [Int]) -> Double {
    var s = 0.0
    for c in x.upper { s += c.value * y.value(p[c.i], p[c.j]) }
    return s
  }

  /// The sums that do not change under a permutation, so each permutation costs one pass.
  private struct Sums {
    let count: Double
    let sx: Double, sy: Double, sxx: Double, syy: Double

    init(_ x: QAPMatrix, _ y: QAPMatrix) {
      // Zero cells add nothing: summing the non-zero ones in row order gives the very sums a
      // pass over every cell gives.
      let (sx, sxx) = Self.sums(x)
      let (sy, syy) = Self.sums(y)
      (self.sx, self.sy, self.sxx, self.syy) = (sx, sy, sxx, syy)
      count = Double(x.n * (x.n - 1) / 2)
    }

    private static func sums(_ m: QAPMatrix) -> (Double, Double) {
      var (s, ss) = (0.0, 0.0)
      for c in m.upper {
        s += c.value
        ss += c.value * c.value
      }
      return (s, ss)
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
  }
}

/// A symmetric n × n matrix with a zero diagonal, kept as its non-zero cells: the cells above the
/// diagonal in row order (for the sums and the cross products) and every row's columns sorted
/// (for looking a cell up by binary search). Memory is linear in the non-zero cells.
public struct QAPMatrix: Sendable {
  public let n: Int
  /// The non-zero cells (i, j, value) with i < j, row by row, columns ascending.
  public let upper: [(i: Int, j: Int, value: Double)]
  /// Row r's cells are `columns[offsets[r]..<offsets[r + 1]]` (both triangles), ascending.
  private let offsets: [Int]
  private let columns: [Int]
  private let values: [Double]

  /// The matrix with these cells (either triangle; a cell given twice keeps the last value,
  /// zeros and diagonal cells are dropped).
  public init(n: Int, cells: [(i: Int, j: Int, value: Double)]) {
    var unique: [Int: Double] = [:]
    for c in cells where c.i != c.j { unique[min(c.i, c.j) * n + max(c.i, c.j)] = c.value }
    let upper = unique.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { (i: $0.key / n, j: $0.key % n, value: $0.value) }
    self.n = n
    self.upper = upper
    var counts = [Int](repeating: 0, count: n + 1)
    for c in upper {
      counts[c.i + 1] += 1
      counts[c.j + 1] += 1
    }
    for r in 0..<n { counts[r + 1] += counts[r] }
    offsets = counts
    var next = Array(counts.dropLast())
    var columns = [Int](repeating: 0, count: upper.count * 2)
    var values = [Double](repeating: 0, count: upper.count * 2)
    // Rows filled in cell order come out sorted: row r gets its lower-triangle columns (< r,
    // from earlier rows) before its upper ones (> r, ascending).
    for c in upper {
      (columns[next[c.j]], values[next[c.j]]) = (c.i, c.value)
      next[c.j] += 1
    }
    for c in upper {
      (columns[next[c.i]], values[next[c.i]]) = (c.j, c.value)
      next[c.i] += 1
    }
    self.columns = columns
    self.values = values
  }

  /// A dense row-major n × n matrix read as symmetric: the cells above the diagonal.
  public init(dense m: [Double], n: Int) {
    var cells: [(i: Int, j: Int, value: Double)] = []
    for i in 0..<n {
      for j in (i + 1)..<max(i + 1, n) where m[i * n + j] != 0 { cells.append((i, j, m[i * n + j])) }
    }
    self.init(n: n, cells: cells)
  }

  /// The value of cell (i, j); 0 where there is none.
  public func value(_ i: Int, _ j: Int) -> Double {
    var (lo, hi) = (offsets[i], offsets[i + 1])
    while lo < hi {
      let mid = (lo + hi) / 2
      if columns[mid] < j { lo = mid + 1 } else { hi = mid }
    }
    return lo < offsets[i + 1] && columns[lo] == j ? values[lo] : 0
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

import ChengyuCore
import Testing

/// QAP against an independent brute force: every relabelling of the nodes, the permuted matrix
/// built cell by cell, Pearson's r computed from scratch over the cells above the diagonal.
@Suite struct QAPTests {
  /// A symmetric n × n matrix from (i, j, value) cells.
  private func matrix(_ n: Int, _ cells: [(Int, Int, Double)]) -> [Double] {
    var m = [Double](repeating: 0, count: n * n)
    for (i, j, v) in cells {
      m[i * n + j] = v
      m[j * n + i] = v
    }
    return m
  }

  private func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    let (mx, my) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
    var (sxy, sxx, syy) = (0.0, 0.0, 0.0)
    for (a, b) in zip(x, y) {
      sxy += (a - mx) * (b - my)
      sxx += (a - mx) * (a - mx)
      syy += (b - my) * (b - my)
    }
    return sxy / (sxx * syy).squareRoot()
  }

  private func upper(_ m: [Double], _ n: Int, _ p: [Int]) -> [Double] {
    var cells: [Double] = []
    for i in 0..<n { for j in (i + 1)..<n { cells.append(m[p[i] * n + p[j]]) } }
    return cells
  }

  private func allPermutations(_ n: Int) -> [[Int]] {
    if n == 0 { return [[]] }
    return allPermutations(n - 1).flatMap { p in (0...p.count).map { k in Array(p[..<k]) + [n - 1] + Array(p[k...]) } }
  }

  /// The exact one-sided p-value: share of all n! relabellings with r ≥ the observed r.
  private func bruteForce(_ x: [Double], _ y: [Double], _ n: Int) -> (r: Double, p: Double) {
    let identity = Array(0..<n)
    let r = pearson(upper(x, n, identity), upper(y, n, identity))
    let perms = allPermutations(n)
    let atLeast = perms.filter { pearson(upper(x, n, identity), upper(y, n, $0)) >= r - 1e-12 }.count
    return (r, Double(atLeast) / Double(perms.count))
  }

  // Two 5-node graphs: a path 0-1-2-3-4 and the path plus a chord, weighted differently.
  let x5 = [(0, 1, 1.0), (1, 2, 1), (2, 3, 1), (3, 4, 1)]
  let y5 = [(0, 1, 2.0), (1, 2, 1), (2, 4, 3), (0, 4, 1)]

  @Test func smallGraphsEnumerateEveryPermutationAndMatchBruteForce() {
    let (x, y) = (matrix(5, x5), matrix(5, y5))
    let expected = bruteForce(x, y, 5)
    let result = QAP.test(x, y, n: 5, permutations: 1000, seed: 1)
    #expect(result.exact && result.permutations == 120)
    #expect(abs(result.correlation! - expected.r) < 1e-12)
    #expect(abs(result.pValue! - expected.p) < 1e-12)
    #expect(abs(QAP.correlation(x, y, n: 5)! - expected.r) < 1e-12)
  }

  @Test func identicalMatricesHaveCorrelationOneAndTheExactSmallestPValue() {
    // A 4-leaf star maps onto itself exactly under the 4! relabellings that fix its centre.
    let star = matrix(5, [(0, 1, 1), (0, 2, 1), (0, 3, 1), (0, 4, 1)])
    let result = QAP.test(star, star, n: 5, permutations: 1000, seed: 3)
    #expect(abs(result.correlation! - 1) < 1e-12)
    #expect(result.pValue == 24.0 / 120.0)
  }

  @Test func randomPermutationsEstimateTheExactPValueAndRepeatWithTheSeed() {
    // 7 nodes: 5040 relabellings, more than the 2000 drawn, so QAP samples.
    let x = matrix(7, [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1), (5, 6, 1), (0, 6, 1)])
    let y = matrix(7, [(0, 1, 1), (1, 2, 1), (2, 3, 1), (0, 3, 1), (4, 5, 1), (5, 6, 1), (2, 5, 1)])
    let exact = bruteForce(x, y, 7)
    let result = QAP.test(x, y, n: 7, permutations: 2000, seed: 42)
    #expect(!result.exact && result.permutations == 2000)
    #expect(abs(result.correlation! - exact.r) < 1e-12)
    // Four standard errors of a proportion estimated from 2000 draws.
    let se = (exact.p * (1 - exact.p) / 2000).squareRoot()
    #expect(abs(result.pValue! - exact.p) < 4 * se + 1e-9, "exact \(exact.p), estimated \(result.pValue!)")
    #expect(QAP.test(x, y, n: 7, permutations: 2000, seed: 42) == result)
    #expect(QAP.test(x, y, n: 7, permutations: 2000, seed: 43).correlation == result.correlation)
  }

  @Test func aMatrixWithoutVarianceHasNoCorrelation() {
    let empty = [Double](repeating: 0, count: 16)
    let some = matrix(4, [(0, 1, 1), (2, 3, 1)])
    let result = QAP.test(empty, some, n: 4, permutations: 100, seed: 1)
    #expect(result.correlation == nil && result.pValue == nil)
    #expect(QAP.test([], [], n: 0, permutations: 10, seed: 1).correlation == nil)
  }
}

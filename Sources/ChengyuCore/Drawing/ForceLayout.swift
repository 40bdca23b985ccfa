/// Fruchterman–Reingold force-directed layout (Software: Practice and Experience 21(11), 1991),
/// seeded and deterministic: the same graph and seed give the same positions on every run and
/// platform (SplitMix64 start, fixed iteration order, no threads).
///
/// Every pair of nodes repels with k²/d and every tie attracts with d²/k, scaled by √weight so
/// heavy ties pull their cities together; nodes stay inside a square frame of side k·√n and a
/// weak gravity draws separate components towards the middle. The temperature (largest step)
/// cools linearly. Above `exactLimit` nodes repulsion
/// is counted only between nodes in neighbouring grid squares of side 2k (the paper's grid
/// variant), so a 3,000-node corpus lays out in about a second instead of a minute.
public struct ForceLayout: Sendable {
  /// Seed of the starting positions.
  public var seed: UInt64
  /// Steps; nil picks 300 up to `exactLimit` nodes and 120 above.
  public var iterations: Int?
  /// Largest node count for which all pairs repel.
  public var exactLimit: Int

  public init(seed: UInt64 = 1, iterations: Int? = nil, exactLimit: Int = 1500) {
    self.seed = seed
    self.iterations = iterations
    self.exactLimit = exactLimit
  }

  /// Ideal edge length in layout units.
  public static let k = 10.0

  /// Positions for a graph's nodes (nil when `progress` asked to stop).
  public func run(_ graph: CooperationGraph, progress: (Double) -> Bool = { _ in true }) -> [PlanePoint]? {
    run(nodeCount: graph.nodeCount, edges: graph.ties.map { ($0.a, $0.b, $0.weight) }, progress: progress)
  }

  /// Positions for `nodeCount` nodes joined by `edges` (a, b, weight). `progress` is called
  /// after every step with the share done (0…1); returning false cancels the layout and the
  /// result is nil, so a caller off the key path can drop work for a stale filter.
  public func run(nodeCount n: Int, edges: [(Int, Int, Int)], progress: (Double) -> Bool = { _ in true }) -> [PlanePoint]? {
    guard n > 0 else { return [] }
    let k = ForceLayout.k
    let side = k * Double(n).squareRoot()
    var rng = SplitMix64(seed: seed)
    var xs = (0..<n).map { _ in rng.unit() * side }
    var ys = (0..<n).map { _ in rng.unit() * side }
    let steps = iterations ?? (n <= exactLimit ? 300 : 120)
    let links = edges.filter { $0.0 != $0.1 && $0.0 < n && $0.1 < n && $0.0 >= 0 && $0.1 >= 0 }
      .map { (a: $0.0, b: $0.1, pull: Double(max(1, $0.2)).squareRoot()) }
    var dx = [Double](repeating: 0, count: n)
    var dy = [Double](repeating: 0, count: n)
    let center = side / 2
    for step in 0..<steps {
      for i in 0..<n { dx[i] = 0; dy[i] = 0 }
      if n <= exactLimit {
        for i in 0..<n {
          for j in (i + 1)..<n { repel(i, j, &xs, &ys, &dx, &dy, k) }
        }
      } else {
        gridRepulsion(n, &xs, &ys, &dx, &dy, k)
      }
      for l in links {
        let ddx = xs[l.a] - xs[l.b], ddy = ys[l.a] - ys[l.b]
        let d = max(0.01, (ddx * ddx + ddy * ddy).squareRoot())
        let f = d / k * l.pull  // (d²/k) / d: force per unit of the difference vector
        dx[l.a] -= ddx * f; dy[l.a] -= ddy * f
        dx[l.b] += ddx * f; dy[l.b] += ddy * f
      }
      let temperature = side / 10 * (1 - Double(step) / Double(steps)) + k / 100
      for i in 0..<n {
        dx[i] -= (xs[i] - center) * 0.05
        dy[i] -= (ys[i] - center) * 0.05
        let len = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
        if len > 0 {
          let s = min(len, temperature) / len
          // Kept inside the frame, as in the paper, so a small component pushed away by
          // everything else stays at the edge instead of flying off and shrinking the rest.
          xs[i] = min(side, max(0, xs[i] + dx[i] * s))
          ys[i] = min(side, max(0, ys[i] + dy[i] * s))
        }
      }
      if !progress(Double(step + 1) / Double(steps)) { return nil }
    }
    return (0..<n).map { PlanePoint(x: xs[$0], y: -ys[$0]) }
  }

  /// Repulsion k²/d between two nodes; coincident nodes are pushed apart along a direction fixed
  /// by their indices, so the result stays deterministic.
  @inline(__always)
  private func repel(_ i: Int, _ j: Int, _ xs: inout [Double], _ ys: inout [Double],
                     _ dx: inout [Double], _ dy: inout [Double], _ k: Double) {
    var ddx = xs[i] - xs[j], ddy = ys[i] - ys[j]
    var d2 = ddx * ddx + ddy * ddy
    if d2 < 1e-6 {
      ddx = Double((i * 7 + j * 3) % 11 - 5) * 0.01 + 0.001
      ddy = Double((i * 5 + j * 11) % 13 - 6) * 0.01
      d2 = ddx * ddx + ddy * ddy
    }
    let f = k * k / d2  // (k²/d) / d
    dx[i] += ddx * f; dy[i] += ddy * f
    dx[j] -= ddx * f; dy[j] -= ddy * f
  }

  /// Repulsion only between nodes in the same or adjacent squares of side 2k.
  private func gridRepulsion(_ n: Int, _ xs: inout [Double], _ ys: inout [Double],
                             _ dx: inout [Double], _ dy: inout [Double], _ k: Double) {
    let cell = 2 * k
    var buckets: [Int64: [Int]] = [:]
    func key(_ cx: Int, _ cy: Int) -> Int64 { Int64(cx) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: cy))) }
    var cellOf = [(Int, Int)](repeating: (0, 0), count: n)
    for i in 0..<n {
      let c = (Int((xs[i] / cell).rounded(.down)), Int((ys[i] / cell).rounded(.down)))
      cellOf[i] = c
      buckets[key(c.0, c.1), default: []].append(i)
    }
    let limit2 = cell * cell
    for i in 0..<n {
      let (cx, cy) = cellOf[i]
      for ox in -1...1 {
        for oy in -1...1 {
          guard let members = buckets[key(cx + ox, cy + oy)] else { continue }
          for j in members where j > i {
            let ddx = xs[i] - xs[j], ddy = ys[i] - ys[j]
            if ddx * ddx + ddy * ddy < limit2 { repel(i, j, &xs, &ys, &dx, &dy, k) }
          }
        }
      }
    }
  }
}

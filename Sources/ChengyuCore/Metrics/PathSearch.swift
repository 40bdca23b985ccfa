#if canImport(Glibc)
  import Glibc
#endif

/// A graph's adjacency copied into raw buffers for the shortest-path measures, so their inner
/// loops read flat memory without bounds or uniqueness checks.
final class PathAdjacency: @unchecked Sendable {
  let nodeCount: Int
  let offsets: UnsafeMutableBufferPointer<Int>
  /// 32-bit node numbers: half the memory traffic of `Int` in the loops that dominate the time.
  let neighbors: UnsafeMutableBufferPointer<Int32>
  /// Length of each adjacency entry: 1 / weight when weighted, nil for hop counts.
  let length: UnsafeMutableBufferPointer<Double>?

  init(_ g: CooperationGraph, weighted: Bool) {
    nodeCount = g.nodeCount
    offsets = .allocate(capacity: g.offsets.count)
    _ = offsets.initialize(from: g.offsets)
    neighbors = .allocate(capacity: max(1, g.neighbors.count))
    _ = neighbors.initialize(from: g.neighbors.lazy.map { Int32(truncatingIfNeeded: $0) })
    if weighted {
      let l = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, g.neighborTies.count))
      for (k, t) in g.neighborTies.enumerated() { l[k] = 1.0 / Double(g.ties[t].weight) }
      length = l
    } else {
      length = nil
    }
  }

  deinit {
    offsets.deallocate()
    neighbors.deallocate()
    length?.deallocate()
  }
}

/// One thread's scratch space for single-source shortest paths: breadth-first search for hop
/// counts, Dijkstra for weighted lengths. Buffers are reset only where the last search wrote.
final class PathSearch {
  let adj: PathAdjacency
  /// Distance from the source (infinity when unreached).
  let dist: UnsafeMutableBufferPointer<Double>
  /// Number of shortest paths from the source.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// Reached nodes in non-decreasing distance; the first `reached` entries are valid.
  let order: UnsafeMutableBufferPointer<Int>
  private(set) var reached = 0
  private let settled: UnsafeMutableBufferPointer<Bool>
  private var heap: BinaryHeap

  init(_ adj: PathAdjacency) {
    self.adj = adj
    let n = max(1, adj.nodeCount)
    dist = .allocate(capacity: n)
    dist.initialize(repeating: .infinity)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    order = .allocate(capacity: n)
    order.initialize(repeating: 0)
    settled = .allocate(capacity: n)
    settled.initialize(repeating: false)
    heap = BinaryHeap(capacity: adj.length == nil ? 1 : adj.neighbors.count + 1)
  }

  deinit {
    dist.deallocate()
    sigma.deallocate()
    order.deallocate()
    settled.deallocate()
    heap.deallocate()
  }

  /// Shortest paths from `s`; with `countPaths`, also the number of shortest paths to each node.
  func run(from s: Int, countPaths: Bool) {
    for i in 0..<reached {
      let v = order[i]
      dist[v] = .infinity
      sigma[v] = 0
      settled[v] = false
    }
    if adj.length == nil { breadthFirst(s, countPaths) } else { dijkstra(s, countPaths) }
  }

  private func breadthFirst(_ s: Int, _ countPaths: Bool) {
    let off = adj.offsets
    let nb = adj.neighbors
    dist[s] = 0
    sigma[s] = 1
    order[0] = s
    var head = 0
    var tail = 1
    while head < tail {
      let v = order[head]
      head += 1
      let next = dist[v] + 1
      for k in off[v]..<off[v + 1] {
        let w = Int(nb[k])
        if dist[w] == .infinity {
          dist[w] = next
          order[tail] = w
          tail += 1
        }
      }
    }
    reached = tail
    guard countPaths else { return }
    // Path counts pulled from the predecessors, in order of distance: loads only, no stores in
    // the inner loop.
    for i in 1..<tail {
      let w = order[i]
      sigma[w] = sumWhere(dist, equals: dist[w] - 1, of: sigma, over: off[w]..<off[w + 1])
    }
  }

  /// Σ values[u] over neighbour entries u in `entries` with dist[u] == target. Four partial sums
  /// break the chain of dependent additions that would otherwise bound the loop.
  @inline(__always) func sumWhere(
    _ dist: UnsafeMutableBufferPointer<Double>, equals target: Double,
    of values: UnsafeMutableBufferPointer<Double>, over entries: Range<Int>
  ) -> Double {
    let nb = adj.neighbors
    var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
    var k = entries.lowerBound
    let end = entries.upperBound
    while k + 4 <= end {
      let (a, b, c, d) = (Int(nb[k]), Int(nb[k + 1]), Int(nb[k + 2]), Int(nb[k + 3]))
      s0 += values[a] * (dist[a] == target ? 1 : 0)
      s1 += values[b] * (dist[b] == target ? 1 : 0)
      s2 += values[c] * (dist[c] == target ? 1 : 0)
      s3 += values[d] * (dist[d] == target ? 1 : 0)
      k += 4
    }
    while k < end {
      let a = Int(nb[k])
      s0 += values[a] * (dist[a] == target ? 1 : 0)
      k += 1
    }
    return (s0 + s1) + (s2 + s3)
  }

  // Path counts are summed when a node is settled, over settled neighbours u with
  // dist[u] + length == dist[v]: the same float expression networkx compares, so equal-length
  // paths are recognised exactly as networkx recognises them.
  private func dijkstra(_ s: Int, _ countPaths: Bool) {
    let off = adj.offsets
    let nb = adj.neighbors
    let len = adj.length!
    dist[s] = 0
    heap.push(0, s)
    var count = 0
    while let top = heap.pop() {
      let (d, v) = top
      if settled[v] { continue }
      settled[v] = true
      order[count] = v
      count += 1
      if countPaths {
        var paths = v == s ? 1.0 : 0.0
        for k in off[v]..<off[v + 1] where settled[Int(nb[k])] && dist[Int(nb[k])] + len[k] == d {
          paths += sigma[Int(nb[k])]
        }
        sigma[v] = paths
      }
      for k in off[v]..<off[v + 1] {
        let w = Int(nb[k])
        let nd = d + len[k]
        if !settled[w], nd < dist[w] {
          dist[w] = nd
          heap.push(nd, w)
        }
      }
    }
    reached = count
  }
}

/// A min-heap of (distance, node) with lazy deletion, in one raw buffer.
struct BinaryHeap {
  private var keys: UnsafeMutableBufferPointer<Double>
  private var values: UnsafeMutableBufferPointer<Int>
  private var count = 0

  init(capacity: Int) {
    keys = .allocate(capacity: max(1, capacity))
    values = .allocate(capacity: max(1, capacity))
  }

  func deallocate() {
    keys.deallocate()
    values.deallocate()
  }

  mutating func push(_ key: Double, _ value: Int) {
    var i = count
    count += 1
    while i > 0 {
      let parent = (i - 1) / 2
      if keys[parent] <= key { break }
      keys[i] = keys[parent]
      values[i] = values[parent]
      i = parent
    }
    keys[i] = key
    values[i] = value
  }

  mutating func pop() -> (Double, Int)? {
    guard count > 0 else { return nil }
    let top = (keys[0], values[0])
    count -= 1
    let key = keys[count]
    let value = values[count]
    var i = 0
    while true {
      var child = 2 * i + 1
      if child >= count { break }
      if child + 1 < count, keys[child + 1] < keys[child] { child += 1 }
      if key <= keys[child] { break }
      keys[i] = keys[child]
      values[i] = values[child]
      i = child
    }
    keys[i] = key
    values[i] = value
    return top
  }
}

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
      for (k, t) in g.neighborTies.enumerated() { l[k] = 1.0 / g.ties[t].value }
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
  private var heap: DistanceHeap

  init(_ adj: PathAdjacency) {
    self.adj = adj
    let n = max(1, adj.nodeCount)
    dist = .allocate(capacity: n)
    dist.initialize(repeating: .infinity)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    order = .allocate(capacity: n)
    order.initialize(repeating: 0)
    heap = DistanceHeap(capacity: adj.length == nil ? 1 : n)
  }

  deinit {
    dist.deallocate()
    sigma.deallocate()
    order.deallocate()
    heap.deallocate()
  }

  /// Shortest paths from `s`; with `countPaths`, also the number of shortest paths to each node.
  func run(from s: Int, countPaths: Bool) {
    for i in 0..<reached {
      let v = order[i]
      dist[v] = .infinity
      sigma[v] = 0
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
    heap.update(s, dist)
    var count = 0
    while let v = heap.popMin(dist) {
      let d = dist[v]
      order[count] = v
      count += 1
      if countPaths {
        // Unsettled neighbours have σ = 0 and cannot satisfy the equality (lengths are
        // positive), so no settled test is needed; the mask keeps the loop branch-free.
        var paths = v == s ? 1.0 : 0.0
        for k in off[v]..<off[v + 1] {
          let u = Int(nb[k])
          paths += sigma[u] * (dist[u] + len[k] == d ? 1 : 0)
        }
        sigma[v] = paths
      }
      for k in off[v]..<off[v + 1] {
        let w = Int(nb[k])
        let nd = d + len[k]
        // Settled nodes are never closer than d + length, so they fail this test too.
        if nd < dist[w] {
          dist[w] = nd
          heap.update(w, dist)
        }
      }
    }
    reached = count
  }
}

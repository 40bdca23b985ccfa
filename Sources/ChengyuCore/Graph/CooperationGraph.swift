/// An undirected, weighted network of governments.
///
/// Nodes are positions `0..<nodeCount`; `nodes[i]` says which dataset city node `i` is. The
/// adjacency is kept as flat arrays (compressed sparse rows) so measures can run without
/// dictionaries in their inner loops.
public struct CooperationGraph: Sendable {
  /// For each node, the index of its city in `Dataset.cities` (or its own position for graphs
  /// built from an edge list).
  public let nodes: [Int]
  /// The ties; `Tie.a` and `Tie.b` are node positions (read like `[Tie]`, stored as columns).
  public let ties: TieList
  /// Neighbours of node `v` are `neighbors[offsets[v]..<offsets[v+1]]`, sorted ascending.
  public let offsets: [Int]
  /// Node positions of all neighbours, node after node (see `offsets`).
  public let neighbors: [Int]
  /// The tie (index into `ties`) behind each entry of `neighbors`.
  public let neighborTies: [Int]
  /// Set when a `ViewRecycler` keeps these arrays to reuse once no graph holds them.
  let lease: BufferLease?

  /// Number of nodes.
  public var nodeCount: Int { nodes.count }
  /// Number of ties.
  public var tieCount: Int { ties.count }

  /// Builds a graph; ties must join distinct nodes and no pair may repeat.
  ///
  /// Linear in nodes + ties, with no sort: the ties are first scattered into unsorted rows, then
  /// those rows are transposed by walking the nodes in ascending order, which writes every row's
  /// neighbours in ascending order (millions of ties; a sort per row cost more than the rest).
  public init(nodes: [Int], ties: [Tie]) {
    let list = TieList(ties)
    let ends = list.indices.map { i in
      let (a, b) = list.ends(i)
      return (Int32(a), Int32(b))
    }
    self.init(nodes: nodes, ties: list, adjacency: Self.adjacency(nodeCount: nodes.count, ends: ends))
  }

  /// A graph whose builder made the adjacency (from the ties' ends, beside the ties themselves).
  init(nodes: [Int], ties: TieList, adjacency: Adjacency, lease: BufferLease? = nil) {
    self.nodes = nodes
    self.ties = ties
    self.lease = lease
    (offsets, neighbors, neighborTies) = (adjacency.offsets, adjacency.neighbors, adjacency.neighborTies)
  }

  /// The rows of a graph: `offsets`, `neighbors`, `neighborTies`.
  struct Adjacency {
    let offsets: [Int]
    let neighbors: [Int]
    let neighborTies: [Int]
  }

  /// The sorted rows over `nodeCount` nodes of ties with the given ends.
  static func adjacency(nodeCount n: Int, ends: [(Int32, Int32)]) -> Adjacency {
    var fresh = ViewArrays()
    return adjacency(nodeCount: n, ends: ends, reusing: &fresh)
  }

  /// The same, written into `arrays.neighbors` and `arrays.neighborTies` where they are large
  /// enough (`ViewRecycler`; both are taken out).
  static func adjacency(nodeCount n: Int, ends: [(Int32, Int32)], reusing arrays: inout ViewArrays) -> Adjacency {
    var offsets = [Int](repeating: 0, count: n + 1)
    for (a, b) in ends {
      offsets[Int(a) + 1] += 1
      offsets[Int(b) + 1] += 1
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    let entries = offsets[n]
    // Unsorted rows: node v's neighbours and their ties, in tie order.
    var rowNeighbor = [Int32](repeating: 0, count: entries)
    var rowTie = [Int32](repeating: 0, count: entries)
    var fill = Array(offsets.dropLast())
    rowNeighbor.withUnsafeMutableBufferPointer { rn in
      rowTie.withUnsafeMutableBufferPointer { rt in
        fill.withUnsafeMutableBufferPointer { fill in
          for (i, (a, b)) in ends.enumerated() {
            let (u, v) = (Int(a), Int(b))
            rn[fill[u]] = b
            rt[fill[u]] = Int32(i)
            fill[u] += 1
            rn[fill[v]] = a
            rt[fill[v]] = Int32(i)
            fill[v] += 1
          }
        }
      }
    }
    // Transpose: v ascending appends v to each neighbour's row, so every row ends up sorted.
    var neighborTies: [Int] = []
    for v in 0..<n { fill[v] = offsets[v] }
    let neighbors = Array.written(entries, reusing: &arrays.neighbors, blank: 0) { nb in
      neighborTies = Array.written(entries, reusing: &arrays.neighborTies, blank: 0) { nt in
        fill.withUnsafeMutableBufferPointer { fill in
          for v in 0..<n {
            for k in offsets[v]..<offsets[v + 1] {
              let u = Int(rowNeighbor[k])
              nb[fill[u]] = v
              nt[fill[u]] = Int(rowTie[k])
              fill[u] += 1
            }
          }
        }
      }
    }
    return Adjacency(offsets: offsets, neighbors: neighbors, neighborTies: neighborTies)
  }

  /// A graph from an edge list over `nodeCount` nodes (for tests and fixtures); repeated pairs
  /// add up their weights and self-loops are dropped.
  public init(nodeCount: Int, edges: [(Int, Int, Int)]) {
    var index: [Int: Int] = [:]
    var ties: [Tie] = []
    for (u, v, w) in edges where u != v {
      let key = min(u, v) * nodeCount + max(u, v)
      if let i = index[key] { ties[i].addWeight(w) } else {
        index[key] = ties.count
        ties.append(Tie(a: u, b: v, weight: w))
      }
    }
    self.init(nodes: Array(0..<nodeCount), ties: ties)
  }

  /// Number of ties of node `v`.
  public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

  /// Sum of the weights of the node's ties.
  public func strength(_ v: Int) -> Int {
    (offsets[v]..<offsets[v + 1]).reduce(0) { $0 + ties.weight(neighborTies[$1]) }
  }

  /// Share of possible ties that exist: 2m / (n(n−1)); 0 for fewer than two nodes.
  public var density: Double {
    let n = Double(nodeCount)
    return nodeCount < 2 ? 0 : 2 * Double(tieCount) / (n * (n - 1))
  }

  /// The position of the tie between `u` and `v`, if any.
  public func tie(between u: Int, and v: Int) -> Int? {
    let range = offsets[u]..<offsets[u + 1]
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi {
      let mid = (lo + hi) / 2
      if neighbors[mid] < v { lo = mid + 1 } else { hi = mid }
    }
    return lo < range.upperBound && neighbors[lo] == v ? neighborTies[lo] : nil
  }
}

/// The order of rows (and columns) of an adjacency matrix: grouped so that blocks show.
///
/// Without a partition nodes go by province group (largest group first, as in
/// `NetworkPicture.groups`), then by degree (highest first), then by id. With a partition (for
/// example communities, one label per node) the partition's blocks come first and the province
/// and degree order applies inside each block; blocks are ordered by size, then by label.
public enum MatrixOrder {
  /// Above this many nodes the matrix keeps the province order: Louvain's 20 restarts would cost
  /// more than a filter change may take on the key path.
  public static let communityLimit = 500

  /// The matrix's default blocks: the Louvain communities of the view's network (nil above
  /// `communityLimit` nodes).
  public static func communities(of view: NetworkView) -> [Int]? { partition(of: view)?.label }

  /// The Louvain partition of the view's network with its modularity (nil above
  /// `communityLimit` nodes): the matrix's blocks and the map's and graph's community marks.
  public static func partition(of view: NetworkView) -> Communities? {
    view.graph.nodeCount <= communityLimit ? view.graph.louvain() : nil
  }

  /// Node positions in matrix order.
  public static func order(_ picture: NetworkPicture, partition: [Int]? = nil) -> [Int] {
    let nodes = picture.nodes
    let blocks: [Int]
    if let partition, partition.count == nodes.count {
      var size: [Int: Int] = [:]
      for p in partition { size[p, default: 0] += 1 }
      let ranked = size.keys.sorted { (size[$0]!, $1) > (size[$1]!, $0) }
      let rankOf = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
      blocks = partition.map { rankOf[$0]! }
    } else {
      blocks = [Int](repeating: 0, count: nodes.count)
    }
    return nodes.indices.sorted { l, r in
      let (a, b) = (nodes[l], nodes[r])
      if blocks[l] != blocks[r] { return blocks[l] < blocks[r] }
      if a.group != b.group { return a.group < b.group }
      if a.degree != b.degree { return a.degree > b.degree }
      return a.id < b.id
    }
  }

  /// Weight of every pair, indexed [row][column] in matrix order (0 where there is no tie).
  /// Quadratic in the nodes: for tests and small networks; screens use `MatrixData`.
  public static func weights(_ picture: NetworkPicture, order: [Int]) -> [[Int]] {
    let data = MatrixData(picture, order: order)
    return order.indices.map { r in order.indices.map { c in data.weight(row: r, column: c) } }
  }

  /// Shade level 0…4 of a weight against the largest weight: 0 no tie, then four bands on a
  /// square-root scale, so the many weight-1 ties stay visible next to one very heavy tie.
  public static func shade(_ weight: Int, max maxWeight: Int) -> Int {
    guard weight > 0 else { return 0 }
    guard maxWeight > 1 else { return 4 }
    let share = (Double(weight - 1) / Double(maxWeight - 1)).squareRoot()
    return 1 + min(3, Int(share * 4))
  }
}

/// A matrix's order and its weights by pair, kept in memory linear in the ties (a 3,000-city
/// corpus would need 9 million cells as a full table).
public struct MatrixData: Sendable {
  /// Node positions in row (and column) order.
  public let order: [Int]
  /// Row of each node.
  public let position: [Int]
  private let pairs: [Int: Int]
  /// Index into the picture's links by pair of rows.
  private let links: [Int: Int]

  public init(_ picture: NetworkPicture, order: [Int]? = nil) {
    let order = order ?? MatrixOrder.order(picture)
    self.order = order
    var position = [Int](repeating: 0, count: picture.nodes.count)
    for (i, v) in order.enumerated() { position[v] = i }
    self.position = position
    let n = order.count
    var pairs: [Int: Int] = [:]
    var links: [Int: Int] = [:]
    for (k, l) in picture.links.enumerated() {
      let (i, j) = (position[l.a], position[l.b])
      pairs[min(i, j) * n + max(i, j)] = l.weight
      links[min(i, j) * n + max(i, j)] = k
    }
    self.pairs = pairs
    self.links = links
  }

  /// Weight of the tie between the nodes in these rows (0 when there is none).
  public func weight(row: Int, column: Int) -> Int {
    pairs[min(row, column) * order.count + max(row, column)] ?? 0
  }

  /// Index of the picture's link between the nodes in these rows, if any.
  public func link(row: Int, column: Int) -> Int? {
    links[min(row, column) * order.count + max(row, column)]
  }
}

/// The connected components of a graph.
public struct Components: Sendable, Equatable {
  /// Component number of each node; components are numbered in order of their lowest node.
  public let label: [Int]
  /// Number of nodes in each component.
  public let sizes: [Int]

  /// Number of components (an isolated node is a component of its own).
  public var count: Int { sizes.count }
  /// Size of the largest component (0 for an empty graph).
  public var largestSize: Int { sizes.max() ?? 0 }
}

extension CooperationGraph {
  /// Connected components by breadth-first search over the adjacency arrays.
  public func components() -> Components {
    var label = [Int](repeating: -1, count: nodeCount)
    var sizes: [Int] = []
    var queue = [Int](repeating: 0, count: nodeCount)
    for start in 0..<nodeCount where label[start] < 0 {
      let c = sizes.count
      label[start] = c
      queue[0] = start
      var head = 0
      var tail = 1
      while head < tail {
        let v = queue[head]
        head += 1
        for k in offsets[v]..<offsets[v + 1] where label[neighbors[k]] < 0 {
          label[neighbors[k]] = c
          queue[tail] = neighbors[k]
          tail += 1
        }
      }
      sizes.append(tail)
    }
    return Components(label: label, sizes: sizes)
  }
}

extension CooperationGraph {
  /// Number of ties of every node (networkx `G.degree`).
  public func degrees() -> [Int] { (0..<nodeCount).map { degree($0) } }

  /// Sum of tie weights (agreements) of every node (networkx `G.degree(weight="weight")`).
  public func strengths() -> [Int] { (0..<nodeCount).map { strength($0) } }
}

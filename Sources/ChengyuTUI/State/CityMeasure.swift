import ChengyuCore

/// The measures the explorer names in its own code (the Cities columns, the ones known without
/// the full measures); every other use goes through `MeasureTable.cities`, the core's one list.
extension CityMeasureDescriptor {
  static let degree = MeasureTable.city("degree")!
  static let strength = MeasureTable.city("strength")!
  static let betweenness = MeasureTable.city("betweenness")!
  static let closeness = MeasureTable.city("closeness")!

  /// Degree and strength are counted for every filter, even over the measures budget.
  var knownWithoutMeasures: Bool { id == "degree" || id == "strength" }
}

extension AppState {
  /// A node's value of a measure; nil when undefined (constraint and effective size of an
  /// isolated node, eigenvector centrality that did not converge) or not computed (network over
  /// `measuresBudget`). Degree and strength are always known.
  public func measure(_ m: CityMeasureDescriptor, of node: Int) -> Double? {
    switch m.id {
    case "degree": return Double(model.degrees[node])
    case "strength": return Double(model.strengths[node])
    default: return model.measures.flatMap { m.value($0, node) }
    }
  }

  /// A node's value as drawn: an integer for counts, four decimals otherwise, "–" when undefined
  /// or not computed.
  func measureText(_ m: CityMeasureDescriptor, of node: Int) -> String {
    guard let x = measure(m, of: node), x.isFinite else { return "–" }
    return MeasureTable.text(x, m.kind)
  }

  /// True when eigenvector centrality was computed but power iteration did not converge.
  var eigenvectorFailed: Bool {
    if case .notConverged = measures?.eigenvector { return true }
    return false
  }
}

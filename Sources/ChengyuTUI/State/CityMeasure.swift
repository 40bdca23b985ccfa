import ChengyuCore

/// A per-city network measure the explorer shows (definitions in docs/measures.md). The values
/// come from `AppState.measures`, the same `NetworkMeasures` that `chengyu stats --measures`
/// prints, so screen and command line always agree.
public enum CityMeasure: String, CaseIterable, Sendable {
  case degree, strength, betweenness, closeness, eigenvector, clustering, core, constraint, effectiveSize

  /// Counts print as integers, the rest with four decimals (as the command line's table).
  var isCount: Bool { self == .degree || self == .strength || self == .core }
}

extension AppState {
  /// A node's value of a measure; nil when undefined (constraint and effective size of an
  /// isolated node, eigenvector centrality that did not converge) or not computed (network over
  /// `measuresBudget`). Degree and strength are always known.
  public func measure(_ m: CityMeasure, of node: Int) -> Double? {
    // Degree and strength are known for every filter, even over the budget.
    switch m {
    case .degree: return Double(model.degrees[node])
    case .strength: return Double(model.strengths[node])
    default: break
    }
    guard let all = model.measures else { return nil }
    switch m {
    case .degree, .strength: return nil  // answered above
    case .betweenness: return all.betweenness[node]
    case .closeness: return all.closeness[node]
    case .eigenvector: return all.eigenvector.values?[node]
    case .clustering: return all.clustering[node]
    case .core: return Double(all.core[node])
    case .constraint: return all.constraint[node]
    case .effectiveSize: return all.effectiveSize[node]
    }
  }

  /// A node's value as drawn: an integer for counts, four decimals otherwise, "–" when undefined
  /// or not computed.
  func measureText(_ m: CityMeasure, of node: Int) -> String {
    guard let x = measure(m, of: node) else { return "–" }
    return m.isCount ? String(Int(x)) : Format.fixed(x, 4)
  }

  /// True when eigenvector centrality was computed but power iteration did not converge.
  var eigenvectorFailed: Bool {
    if case .notConverged = measures?.eigenvector { return true }
    return false
  }
}

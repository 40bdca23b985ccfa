/// The level at which governments are counted as nodes.
public enum AggregationLevel: String, CaseIterable, Sendable {
  /// Every signatory is its own node.
  case signed
  /// Districts and counties roll up to their prefecture; Chongqing's districts to Chongqing.
  case city
  /// Every government rolls up to its provincial-level unit.
  case province
}

extension Dataset {
  /// For each city index, the index of the node it counts as at `level`.
  ///
  /// At city level a government climbs its parents until it reaches a prefecture or a
  /// provincial-level unit. Cycles are rejected by the loader, so the climb ends.
  public func rollUpMap(_ level: AggregationLevel) -> [Int] {
    switch level {
    case .signed:
      return Array(cities.indices)
    case .province:
      return cities.indices.map { cityIndex[cities[$0].province] ?? $0 }
    case .city:
      return cities.indices.map { i in
        var current = i
        while cities[current].level.rank > 1, let p = cities[current].parent, let pi = cityIndex[p] {
          current = pi
        }
        return current
      }
    }
  }
}

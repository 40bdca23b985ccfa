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
  /// provincial-level unit. The loader rejects parent cycles; a dataset built in code may still
  /// hold one, so the climb is bounded by the number of cities.
  public func rollUpMap(_ level: AggregationLevel) -> [Int] {
    switch level {
    case .signed:
      return Array(cities.indices)
    case .province:
      return cities.indices.map { cityIndex[cities[$0].province] ?? $0 }
    case .city:
      return cities.indices.map { i in
        var current = i
        var steps = 0
        while cities[current].level.rank > 1, steps < cities.count, let p = cities[current].parent,
          let pi = cityIndex[p]
        {
          current = pi
          steps += 1
        }
        return current
      }
    }
  }
}

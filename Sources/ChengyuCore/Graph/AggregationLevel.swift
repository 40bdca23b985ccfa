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
  /// hold one, so the climb stops where a cycle closes.
  public func rollUpMap(_ level: AggregationLevel) -> [Int] {
    switch level {
    case .signed:
      return Array(cities.indices)
    case .province:
      return cities.indices.map { cityIndex[cities[$0].province] ?? $0 }
    case .city:
      return cityRollUp()
    }
  }

  /// Each city climbs its parents until a prefecture or provincial-level unit. Memoised: every
  /// city is climbed once, so a chain 10,000 deep is linear, not quadratic. A parent cycle (which
  /// only a dataset built in code can hold) stops where it closes.
  private func cityRollUp() -> [Int] {
    var result = [Int](repeating: -1, count: cities.count)
    var onPath = [Bool](repeating: false, count: cities.count)
    var path: [Int] = []
    for start in cities.indices where result[start] < 0 {
      path.removeAll(keepingCapacity: true)
      var current = start
      var top: Int
      while true {
        if result[current] >= 0 {
          top = result[current]
          break
        }
        if onPath[current] {
          top = current
          break
        }
        guard cities[current].level.rank > 1, let p = cities[current].parent, let pi = cityIndex[p] else {
          top = current
          result[current] = current
          break
        }
        onPath[current] = true
        path.append(current)
        current = pi
      }
      for v in path {
        result[v] = top
        onPath[v] = false
      }
    }
    return result
  }
}

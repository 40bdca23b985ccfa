extension PlaceDirectory {
  /// Up to `limit` places whose names are close to an unknown query, best first: a name the
  /// query starts with (成都市交通运输局 → 成都市), a name containing the query, then names
  /// within a small edit distance (one character for names of up to three, else two).
  func suggestions(_ query: String, limit: Int = 3) -> [Int] {
    let q = Array(query)
    let maxDistance = q.count <= 3 ? 1 : 2
    var best: [Int: Int] = [:]  // place → score (lower is better)
    func consider(_ key: String, _ found: [Int]) {
      let k = Array(key)
      var score: Int?
      if k.count >= 2, query.hasPrefix(key) {
        score = 0
      } else if q.count >= 2, key.contains(query) {
        score = 1
      } else if abs(k.count - q.count) <= maxDistance {
        let d = Self.editDistance(q, k, limit: maxDistance)
        if d <= maxDistance { score = 1 + d }
      }
      guard let score else { return }
      for p in found where score < best[p] ?? Int.max { best[p] = score }
    }
    for (key, found) in exact { consider(key, found) }
    for (key, found) in short { consider(key, found) }
    // Ties: dataset governments first, then higher levels, then the label (a stable order).
    func rank(_ p: Int) -> (Int, Int, Int, String) {
      let inDataset: Int
      if case .dataset = places[p].origin { inDataset = 0 } else { inDataset = 1 }
      return (best[p]!, inDataset, places[p].level.rank, label(p))
    }
    return best.keys.sorted { rank($0) < rank($1) }.prefix(limit).map { $0 }
  }

  /// Levenshtein distance by characters, giving up (returning limit + 1) once every path is over.
  static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMin = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}

import ChengyuCore

/// The order of the city lists (Cities and Measures), sorted once per filter, sort or measures
/// change and cached in `nodeOrders`, so a key press or a frame only narrows it by the search.
extension AppState {
  /// The list kinds whose rows are nodes in a sort order.
  static let nodeListKinds: [ScreenKind] = [.cities, .measures]

  /// Every node of the view in the kind's sort order.
  func nodeOrder(_ kind: ScreenKind) -> [Int] {
    let nodes = Array(0..<view.graph.nodeCount)
    guard let sort = sortState(kind) else { return nodes }
    let v = view  // read once: `self.view` inside the comparator copied the view per comparison
    let ordered = nodes.sorted { l, r in
      let (a, b) = (v.city(node: l), v.city(node: r))
      var c = 0
      if let m = sort.key.measure {
        // Undefined or uncomputed values ("–") go last in either direction.
        switch (measure(m, of: l), measure(m, of: r)) {
        case (let x?, let y?): c = compare(x, y)
        case (nil, nil): c = 0
        case (nil, _): return false
        case (_, nil): return true
        }
      } else {
        switch sort.key {
        case .province: c = compare(a.province.rawValue, b.province.rawValue)
        case .level: c = compare(a.level, b.level)
        case .dataset: c = compare(v.graph.nodes[l], v.graph.nodes[r])
        default: c = 0  // pinyin: the tie-break below
        }
      }
      if c != 0 { return sort.descending ? c > 0 : c < 0 }
      // Ties in the key: always by pinyin name, so the order is stable and readable.
      let n = compare(a.nameEn, b.nameEn)
      return sort.key == .pinyin && sort.descending ? n > 0 : n < 0
    }
    return ordered
  }
}

private func compare<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }

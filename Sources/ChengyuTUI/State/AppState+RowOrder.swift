import ChengyuCore

/// The order of the big sorted lists (Cities, Measures, Ties, Agreements), sorted once per
/// filter, sort or measures change and cached in `rowOrders`, so a key press or a frame only
/// narrows it by the search.
extension AppState {
  /// The list kinds whose order is cached.
  static let orderedListKinds: [ScreenKind] = [.cities, .measures, .ties, .agreements]

  /// Every row of a list in its sort order and direction, before the search: nodes for Cities
  /// and Measures, ties for Ties, dataset indices for Agreements.
  func rowOrder(_ kind: ScreenKind) -> [Int] {
    switch kind {
    case .ties: tieOrder()
    case .agreements: agreementOrder()
    default: nodeOrder(kind)
    }
  }

  private func tieOrder() -> [Int] {
    var rows = tiesByWeight
    if sortState(.ties)?.key == .pinyin {
      let v = view
      let names = { (t: Int) in (v.city(node: v.graph.ties[t].a).nameEn, v.city(node: v.graph.ties[t].b).nameEn) }
      rows.sort { names($0) < names($1) }
    }
    return applyDirection(rows, .ties)
  }

  private func agreementOrder() -> [Int] {
    var rows = view.agreements
    let a = dataset.agreements
    switch sortState(.agreements)?.key {
    case .id: rows.sort { a[$0].id < a[$1].id }
    case .parties:
      rows.sort { a[$0].parties.count != a[$1].parties.count ? a[$0].parties.count > a[$1].parties.count : a[$0].date < a[$1].date }
    default: break  // the view keeps date order
    }
    return applyDirection(rows, .agreements)
  }

  /// Every node of the view in the kind's sort order.
  private func nodeOrder(_ kind: ScreenKind) -> [Int] {
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

import ChengyuCore

/// Helpers the screens share to build their rows: the search text, matching a node or a record
/// by every word, and the sort direction.
extension AppState {
  /// The folded search text of a screen ("" when none).
  func searchText(_ screen: ScreenID) -> String { TextMatch.fold(search[screen] ?? "") }

  /// Whether a node's city matches the folded search text: by name, id or code, or (for two or
  /// more ASCII letters) as the start of its pinyin initials.
  func nodeMatches(_ node: Int, _ text: String) -> Bool {
    dataset.cityMatches(view.graph.nodes[node], folded: text)
  }

  /// Whether every space-separated word of the search matches (an empty search matches all):
  /// "遂宁 潼南" on the Ties list finds the tie of the two, on Agreements what both signed;
  /// records also match by date ("2016", "2020-03").
  func eachWord(of text: String, _ matches: (String) -> Bool) -> Bool {
    text.split(separator: " ").allSatisfy { matches(String($0)) }
  }

  /// The search resolved once by the core's rule (shared with `--text`): records match with the
  /// parties rolled up to the filter's level, so `/成都 重庆` finds the city-level tie's agreements.
  func searchMatch(_ text: String) -> RecordMatch {
    RecordMatch(text, in: dataset, aggregation: filter.aggregation)
  }

  /// When the current list's search finds nothing at the signed level but would at the city
  /// level, the status line saying so (nil otherwise).
  func cityLevelSearchHint() -> String? {
    let text = search[screen] ?? ""
    guard filter.aggregation == .signed, !text.isEmpty, rowCount(currentListKey) == 0 else { return nil }
    let n: Int, noun: CountNoun
    switch screen {
    case .agreements: (n, noun) = (SearchHint.agreementsAtCityLevel(text, filter: filter, in: dataset), .agreements)
    case .ties: (n, noun) = (SearchHint.tiesAtCityLevel(text, filter: filter, in: dataset), .ties)
    default: return nil
    }
    return n == 0 ? nil : t(TUIStatusMsg.nothingAtSigned, noun.count(n, lang))
  }

  /// Agreements (dataset indices) that match the search, in the given order.
  func matchingAgreements(_ rows: [Int], search text: String) -> [Int] {
    let match = searchMatch(text)
    return match.isEmpty ? rows : rows.filter { match.matches(agreement: $0, in: dataset.agreements) }
  }

  /// A kind's cached node order, narrowed by the search (the order is kept).
  func sortedNodes(kind: ScreenKind, search text: String) -> [Int] {
    let order = rowOrder(kind)
    return text.isEmpty ? order : order.filter { node in eachWord(of: text) { nodeMatches(node, $0) } }
  }

  /// Rows in the direction of the kind's sort (the order functions sort in the key's default).
  func applyDirection(_ rows: [Int], _ kind: ScreenKind) -> [Int] {
    guard let s = sortState(kind), s.descending != s.key.descendingByDefault else { return rows }
    return rows.reversed()
  }

  /// Every node of the view in a kind's sort order: by a measure (undefined values last in
  /// either direction), province, level or dataset order, ties in the key broken by pinyin.
  func nodeOrder(_ kind: ScreenKind) -> [Int] {
    let nodes = Array(0..<view.graph.nodeCount)
    guard let sort = sortState(kind) else { return nodes }
    let v = view  // read once: `self.view` inside the comparator copied the view per comparison
    return nodes.sorted { l, r in
      let (a, b) = (v.city(node: l), v.city(node: r))
      var c = 0
      if let m = sort.key.measure {
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
  }

  /// A node's partners as (tie, partner node), heaviest first, narrowed by a screen's search;
  /// empty when the city is not a node under the current filter.
  func partnerRows(city: Int, search screen: ScreenID) -> [(tie: Int, partner: Int)] {
    guard let node = view.nodeOf[city] else { return [] }
    let text = searchText(screen)
    let all = model.partners[node]
    return text.isEmpty ? all : all.filter { row in eachWord(of: text) { nodeMatches(row.partner, $0) } }
  }
}

private func compare<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }

import ChengyuCore

/// The rows of every list, sorted and narrowed by the screen's search text. Views draw these
/// and the reducer counts them, so both always agree.
extension AppState {
  /// The folded search text of a screen ("" when none).
  func searchText(_ screen: ScreenID) -> String { TextMatch.fold(search[screen] ?? "") }

  /// Nodes of the Cities list.
  public func cityRows() -> [Int] {
    sortedNodes(kind: .cities, search: searchText(.cities))
  }

  /// Nodes of the Measures top-cities list.
  public func measureRows() -> [Int] {
    sortedNodes(kind: .measures, search: searchText(.measures))
  }

  /// Ties (indices into the graph's ties) of the Ties list.
  public func tieRows() -> [Int] {
    let text = searchText(.ties)
    let g = view.graph
    let order = rowOrders[.ties] ?? rowOrder(.ties)
    return text.isEmpty ? order : order.filter { t in
      eachWord(of: text) { nodeMatches(g.ties[t].a, $0) || nodeMatches(g.ties[t].b, $0) }
    }
  }

  /// Agreements (indices into the dataset) of the Agreements list.
  public func agreementRows() -> [Int] {
    matchingAgreements(rowOrders[.agreements] ?? rowOrder(.agreements), search: searchText(.agreements))
  }

  /// Policies (indices into the dataset) of the Policies list.
  public func policyRows() -> [Int] {
    let match = searchMatch(searchText(.policies))
    let p = dataset.policies
    var rows = view.policies.filter { match.matches(p[$0]) }
    if sortState(.policies)?.key == .id { rows.sort { p[$0].id < p[$1].id } }
    return applyDirection(rows, .policies)
  }

  /// Counts per year for the timeline, over every year of the data, ignoring the year filter;
  /// or, when a year is opened with `v`, its twelve months and its events with no month.
  public func timelineRows() -> [PeriodCount] { timelineRows(months: timelineMonths) }

  /// The yearly rows (nil) or the monthly rows of a year.
  func timelineRows(months year: Int?) -> [PeriodCount] {
    year.map(timeline.countsByMonth) ?? timelineYears
  }

  /// The cached timeline's counts per year, padded to the dataset's years.
  func paddedYearCounts() -> [PeriodCount] {
    let counts = timeline.countsByYear()
    guard let first = counts.first, let last = counts.last else {
      return datasetYears.map { PeriodCount(year: $0) }
    }
    // Pad to the dataset's span so the rows do not jump when filters empty some years.
    let lo = min(first.year, datasetYears.lowerBound)
    let hi = max(last.year, datasetYears.upperBound)
    let byYear = Dictionary(uniqueKeysWithValues: counts.map { ($0.year, $0) })
    return (lo...hi).map { byYear[$0] ?? PeriodCount(year: $0) }
  }

  /// Partners of a city as (tie, partner node), heaviest first; empty when the city is not a
  /// node under the current filter.
  public func partnerRows(city: Int) -> [(tie: Int, partner: Int)] {
    guard let node = view.nodeOf[city] else { return [] }
    let text = searchText(.city(city))
    return view.ties(of: node).filter { row in eachWord(of: text) { nodeMatches(row.partner, $0) } }
  }

  /// Agreements of a city under the current filter, by date.
  public func cityAgreementRows(city: Int) -> [Int] {
    guard let node = view.nodeOf[city] else { return [] }
    return matchingAgreements(view.agreements(of: node), search: searchText(.city(city)))
  }

  /// Agreements behind the tie between two cities under the current filter.
  public func tieAgreementRows(_ a: Int, _ b: Int) -> [Int] {
    guard let u = view.nodeOf[a], let v = view.nodeOf[b], let t = view.graph.tie(between: u, and: v) else { return [] }
    return matchingAgreements(view.graph.ties[t].agreements, search: searchText(.tie(a, b)))
  }

  /// Number of rows of a list, for clamping and paging.
  public func rowCount(_ key: ListKey) -> Int {
    switch key.screen {
    case .cities: cityRows().count
    case .ties: tieRows().count
    case .agreements: agreementRows().count
    case .policies: policyRows().count
    case .timeline: timelineRows(months: key.pane == 1 ? timelineMonths : nil).count
    case .measures: measureRows().count
    case .help: helpRows().count
    case .filters: filterRows().count
    case .city(let c): key.pane == 0 ? partnerRows(city: c).count : cityAgreementRows(city: c).count
    case .tie(let a, let b): tieAgreementRows(a, b).count
    // Record screens scroll by their top line.
    case .agreement, .policy: max(1, recordLines(key.screen).count - viewport(key) + 1)
    }
  }

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
    return n == 0 ? nil : "Nothing at the signed level; \(noun.count(n, .en)) at the city level (a: aggregation)"
  }

  private func matchingAgreements(_ rows: [Int], search text: String) -> [Int] {
    let match = searchMatch(text)
    return match.isEmpty ? rows : rows.filter { match.matches(dataset.agreements[$0]) }
  }

  /// The kind's cached node order, narrowed by the search (the order is kept).
  private func sortedNodes(kind: ScreenKind, search text: String) -> [Int] {
    let order = rowOrders[kind] ?? rowOrder(kind)
    return text.isEmpty ? order : order.filter { node in eachWord(of: text) { nodeMatches(node, $0) } }
  }

  func applyDirection(_ rows: [Int], _ kind: ScreenKind) -> [Int] {
    guard let s = sortState(kind), s.descending != s.key.descendingByDefault else { return rows }
    return rows.reversed()
  }
}

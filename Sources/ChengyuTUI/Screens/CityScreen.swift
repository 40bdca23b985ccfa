import ChengyuCore

extension ScreenKind {
  public static let city = ScreenKind("city")
}

/// One city: a summary line, its partners (left, pane 0), its agreements per year as a small
/// chart and its agreements (right, pane 1). Left/right move between the two lists.
struct CityScreen: ExplorerScreen {
  /// Rows of the per-year chart (bars, axis and legend).
  static let chartRows = 7
  let kind = ScreenKind.city
  let title = TUIMsg.screenCity

  /// The info line, then partners on the left and chart plus agreements on the right.
  static func panes(_ body: Rect) -> (info: Rect, partners: Rect, chart: Rect, agreements: Rect) {
    let (info, rest) = body.splitTop(1)
    let (left, right) = rest.splitLeft(rest.width / 2)
    let (chart, agreements) = right.splitTop(chartRows)
    return (info, left, chart, agreements)
  }

  func rowCount(_ state: AppState, _ key: ListKey) -> Int {
    guard case .city(let c) = key.screen else { return 0 }
    return key.pane == 0 ? state.partnerRows(city: c).count : state.cityAgreementRows(city: c).count
  }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? {
    guard case .city(let c) = key.screen else { return nil }
    let g = state.view.graph
    return key.pane == 0 ? state.partnerRows(city: c).map { .city(g.nodes[$0.partner]) }
      : state.cityAgreementRows(city: c).map(RowIdentity.agreement)
  }

  func viewport(_ state: AppState, _ key: ListKey) -> Int {
    let panes = Self.panes(ScreenLayout.chrome(state.size).body)
    return max(1, (key.pane == 0 ? panes.partners.height : panes.agreements.height) - 1)
  }

  /// Enter on a partner opens the tie (the agreements of the two); on an agreement, its record.
  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    guard case .city(let c) = key.screen else { return }
    if key.pane == 0 {
      let rows = state.partnerRows(city: c)
      if rows.indices.contains(row) { state.show(.tie(c, state.view.graph.nodes[rows[row].partner])) }
    } else {
      let rows = state.cityAgreementRows(city: c)
      if rows.indices.contains(row) { state.show(.agreement(rows[row])) }
    }
  }

  /// Enter is labelled for what it opens; the pane keys offer the pane the user is not on.
  func hintLabel(_ command: Command, pane: Int) -> String? {
    switch command.id {
    case "open": pane == 0 ? "tie" : command.hint
    case "open-partner": pane == 0 ? command.hint : nil
    case "ego-network": TUIHintMsg.ego.rawValue
    case "focus-right": pane == 0 ? "agreements" : nil
    case "focus-left": pane == 1 ? "partners" : nil
    default: command.hint
    }
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard case .city(let c) = screen else { return }
    let city = state.dataset.cities[c]
    let panes = Self.panes(body)
    let partners = state.partnerRows(city: c)
    let agreements = state.cityAgreementRows(city: c)
    var facts = " \(pen.dot) \(state.provinceName(city)) \(state.levelName(city.level))"
    if let node = state.view.nodeOf[c] {
      facts += " \(pen.dot) " + state.t(TUIMsg.cityFacts, state.model.degrees[node], state.model.strengths[node], agreements.count, " \(pen.dot) ")
    } else {
      facts += " \(pen.dot) " + state.t(TUIMsg.cityNoTies)
    }
    let info = state.subjectLine([city], separator: "", facts: facts, width: panes.info.width - 1)
    pen.put(&buffer, info, x: panes.info.x + 1, y: panes.info.y, width: panes.info.width - 1, style: Styles.title)

    let focus = state.focus[.city(c)] ?? 0
    let left = Rect(x: panes.partners.x, y: panes.partners.y, width: panes.partners.width - 1, height: panes.partners.height)
    // A wide pane has room for the partner's pinyin name too (in ASCII mode the name is pinyin).
    let pinyin = left.width >= 56 && !state.asciiMode
    var columns = [Column(state.t(TUIMsg.colPartner), pinyin ? 18 : 0), Column(state.t(TUIMsg.colWeight), 6, right: true),
                   Column(state.t(TUIMsg.colMech), state.familyCountsWidth(7))]
    if pinyin { columns.append(Column(state.t(TUIMsg.colPinyin), 0)) }
    var table = TableView(columns: columns, focused: focus == 0)
    table.highlight = state.searchText(state.screen)
    table.language = state.lang
    table.render(in: left, count: partners.count, list: state.list(ListKey(.city(c), pane: 0)), pen: pen, into: &buffer) { row, col in
      let (t, partner) = partners[row]
      let tie = state.view.graph.ties[t]
      let city = state.view.city(node: partner)
      switch col {
      case 0: return (state.name(city), nil)
      case 1: return (String(tie.weight), nil)
      case 2: return (state.familyCounts(tie.agreements), nil)
      default: return (city.nameEn, Styles.dim)
      }
    }
    pen.vline(&buffer, Rect(x: panes.partners.maxX - 1, y: panes.partners.y, width: 1, height: panes.partners.height))
    let chart = Rect(x: panes.chart.x + 1, y: panes.chart.y, width: panes.chart.width - 1, height: panes.chart.height)
    YearChart.render(state, agreements: agreements, in: chart, pen: pen, into: &buffer)
    let right = Rect(x: panes.agreements.x + 1, y: panes.agreements.y, width: panes.agreements.width - 1, height: panes.agreements.height)
    AgreementTable.render(state, rows: agreements, list: state.list(ListKey(.city(c), pane: 1)), focused: focus == 1,
                         in: right, pen: pen, into: &buffer)
  }
}

extension AppState {
  /// Partners of a city as (tie, partner node), heaviest first, narrowed by the city screen's
  /// search; empty when the city is not a node under the current filter.
  public func partnerRows(city: Int) -> [(tie: Int, partner: Int)] { partnerRows(city: city, search: .city(city)) }

  /// Agreements of a city under the current filter, by date.
  public func cityAgreementRows(city: Int) -> [Int] {
    guard let node = view.nodeOf[city] else { return [] }
    return matchingAgreements(model.agreementsOf[node], search: searchText(.city(city)))
  }

  /// From a city's partners list to that partner's own city screen (Esc comes back).
  mutating func openPartner() {
    guard case .city(let c) = screen else { return }
    guard focusedPane == 0 else {
      status = t(TUIStatusMsg.partnerFirst)
      return
    }
    let rows = partnerRows(city: c)
    let i = list(currentListKey).selected
    if rows.indices.contains(i) { show(.city(view.graph.nodes[rows[i].partner])) }
  }
}

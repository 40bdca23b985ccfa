import ChengyuCore

extension ScreenKind {
  public static let ties = ScreenKind("ties")
}

/// Every tie, heaviest first: the two cities, the weight, the mechanism families and the years.
struct TiesScreen: ItemListScreen {
  let kind = ScreenKind.ties
  let title = TUIMsg.tabTies
  let tab: TabEntry? = TabEntry(help: .tabTiesHelp)
  let sortKeys: [SortKey] = [.weight, .pinyin]

  func items(_ state: AppState, _ key: ListKey) -> [Int] { state.tieRows() }

  func identity(_ state: AppState, item t: Int) -> RowIdentity {
    let g = state.view.graph
    return .tie(g.nodes[g.ties[t].a], g.nodes[g.ties[t].b])
  }

  func destination(_ state: AppState, item t: Int) -> ScreenID? {
    let g = state.view.graph
    return .tie(g.nodes[g.ties[t].a], g.nodes[g.ties[t].b])
  }

  /// Heaviest first (the model's order), or by the pinyin names of the two ends.
  func sortedOrder(_ state: AppState) -> [Int]? {
    var rows = state.model.tiesByWeight
    if state.sortState(kind)?.key == .pinyin {
      let v = state.view
      let names = { (t: Int) in (v.city(node: v.graph.ties[t].a).nameEn, v.city(node: v.graph.ties[t].b).nameEn) }
      rows.sort { names($0) < names($1) }
    }
    return state.applyDirection(rows, kind)
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.tieRows()
    let v = state.view
    var table = TableView(columns: [
      Column(state.t(TUIMsg.colCity), 16), Column(state.t(TUIMsg.colPartner), 16),
      Column(state.t(TUIMsg.colWeight), 7, right: true, sort: .weight), Column(state.t(TUIMsg.colMech), state.familyCountsWidth(8)),
      Column(state.t(TUIMsg.colYears), 9), Column(state.t(TUIMsg.colPinyin), state.lang == .en || body.width >= 100 ? 0 : -1, sort: .pinyin),
    ])
    table.highlight = state.searchText(state.screen)
    table.language = state.lang
    table.sort = state.sortState(kind)
    table.render(in: body, count: rows.count, list: state.list(ListKey(.ties)), pen: pen, into: &buffer) { row, col in
      let tie = v.graph.ties[rows[row]]
      let (a, b) = (v.city(node: tie.a), v.city(node: tie.b))
      switch col {
      case 0: return (state.name(a), nil)
      case 1: return (state.name(b), nil)
      case 2: return (String(tie.weight), nil)
      case 3: return (state.familyCounts(tie.agreements), nil)
      case 4: return (Self.yearSpan(state, tie.agreements, pen: pen), nil)
      default: return ("\(a.nameEn) \(pen.dash) \(b.nameEn)", Styles.dim)
      }
    }
  }

  /// "2016–2020", or one year, for a set of agreements.
  static func yearSpan<C: Collection<Int>>(_ state: AppState, _ agreements: C, pen: Pen) -> String {
    let years = agreements.map { state.dataset.agreements.year($0) }
    guard let lo = years.min(), let hi = years.max() else { return "" }
    return lo == hi ? "\(lo)" : "\(lo)\(pen.dash)\(hi)"
  }
}

extension AppState {
  /// Ties (indices into the graph's ties) of the Ties list, sorted and narrowed by its search:
  /// a tie is listed when every word names one of its ends.
  public func tieRows() -> [Int] {
    let text = searchText(.ties)
    let g = view.graph
    let order = rowOrder(.ties)
    return text.isEmpty ? order : order.filter { t in
      eachWord(of: text) { nodeMatches(g.ties[t].a, $0) || nodeMatches(g.ties[t].b, $0) }
    }
  }
}

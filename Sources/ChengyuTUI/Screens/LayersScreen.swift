import ChengyuCore

extension ScreenKind {
  public static let layers = ScreenKind("layers")
}

/// The reference study's two mechanisms side by side (`chengyu compare --layers`): each layer's
/// counts, the overlap of their ties with its Jaccard index, the QAP correlation of the two
/// adjacency matrices; below, every tie with its weight in each layer (left, pane 0: in both
/// first, then governance only, then collaboration only; Enter opens the tie) and every city
/// with its degree in each layer (right, pane 1: sorted by `s`; Enter opens the city). `/`
/// narrows both lists by city. Read from the filter model.
struct LayersScreen: ExplorerScreen {
  let kind = ScreenKind.layers
  let title = TUIMsg.tabLayers
  let tab: TabEntry? = TabEntry(help: .tabLayersHelp)
  let sortKeys: [SortKey] = [.governanceDegree, .collaborationDegree, .pinyin]

  /// Summary lines above the tables.
  static let summaryRows = 4
  /// Width of the city pane on the right.
  static let cityPaneWidth = 30

  func rowCount(_ state: AppState, _ key: ListKey) -> Int {
    key.pane == 0 ? Self.ties(state).count : Self.cities(state).count
  }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? {
    guard let c = state.model.analysis.layers else { return [] }
    return key.pane == 0 ? Self.ties(state).map { .tie(min($0.a, $0.b), max($0.a, $0.b)) }
      : Self.cities(state).map { .city(c.cities[$0]) }
  }

  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    guard let ids = identities(state, key), ids.indices.contains(row) else { return }
    switch ids[row] {
    case .tie(let a, let b): state.show(.tie(a, b))
    case .city(let c): state.show(.city(c))
    default: break
    }
  }

  func hintLabel(_ command: Command, pane: Int) -> String? {
    command.id == "focus-left" || command.id == "focus-right" ? nil : command.hint
  }

  /// The summary, its rule and the column titles take the top of the body.
  func viewport(_ state: AppState, _ key: ListKey) -> Int { max(1, ScreenLayout.bodyRows(state) - Self.summaryRows - 2) }

  /// Ties in both layers, then in governance only, then in collaboration only, narrowed by the
  /// search (every word matches one of the two cities).
  static func ties(_ state: AppState) -> [LayerComparison.LayerTie] {
    guard let c = state.model.analysis.layers else { return [] }
    let all = c.both + c.onlyFirst + c.onlySecond
    let text = state.searchText(.of(.layers))
    guard !text.isEmpty else { return all }
    let ds = state.dataset
    return all.filter { t in state.eachWord(of: text) { ds.cityMatches(t.a, folded: $0) || ds.cityMatches(t.b, folded: $0) } }
  }

  /// The cities of both layers (positions in `LayerComparison.cities`) in the sort's order,
  /// narrowed by the search.
  static func cities(_ state: AppState) -> [Int] {
    let order = state.rowOrder(.layers)
    let text = state.searchText(.of(.layers))
    guard !text.isEmpty, let c = state.model.analysis.layers else { return order }
    return order.filter { i in state.eachWord(of: text) { state.dataset.cityMatches(c.cities[i], folded: $0) } }
  }

  /// Every city of the comparison by the sort: its degree in governance or in collaboration
  /// (then the other layer's, then pinyin), or its pinyin name.
  func sortedOrder(_ state: AppState) -> [Int]? {
    guard let c = state.model.analysis.layers else { return [] }
    let key = state.sortState(kind)?.key ?? .governanceDegree
    let names = c.cities.map { state.dataset.cities[$0].nameEn }
    let rows = c.cities.indices.sorted { l, r in
      let (dl, dr) = (c.degrees[l], c.degrees[r])
      switch key {
      case .governanceDegree where dl.first != dr.first: return dl.first > dr.first
      case .governanceDegree where dl.second != dr.second: return dl.second > dr.second
      case .collaborationDegree where dl.second != dr.second: return dl.second > dr.second
      case .collaborationDegree where dl.first != dr.first: return dl.first > dr.first
      default: return (names[l], l) < (names[r], r)
      }
    }
    return state.applyDirection(rows, kind)
  }

  static func summaryLines(_ c: LayerComparison, state: AppState, pen: Pen) -> [String] {
    let layer = { (f: MechanismFamily, v: NetworkView) in
      state.t(TUIAnalysisMsg.layerLine, "\(f.letter) \(f.name(state.lang))", v.agreements.count, pen.dot, v.graph.nodeCount, v.graph.tieCount)
    }
    let r = c.qap.correlation.map { Format.fixed($0, 4) } ?? state.t(TUIAnalysisMsg.qapUndefined)
    let p = c.qap.pValue.map { $0 == 0 && !c.qap.exact ? "< " + Format.fixed(1 / Double(c.qap.permutations), 4) : Format.fixed($0, 4) } ?? "-"
    let how = c.qap.exact ? state.t(TUIAnalysisMsg.qapExact) : state.t(TUIAnalysisMsg.qapSampled, c.qap.permutations, AnalysisModel.seed)
    return [
      layer(.governance, c.first),
      layer(.collaboration, c.second),
      state.t(TUIAnalysisMsg.tiesLine, c.both.count, pen.dot, c.onlyFirst.count, c.onlySecond.count,
              c.jaccard.map { Format.fixed($0, 4) } ?? "-"),
      state.t(TUIAnalysisMsg.qapLine, r, p.hasPrefix("<") ? p : "= " + p, c.cities.count, how),
    ]
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard let c = state.model.analysis.layers else {
      let why = state.t(TUIAnalysisMsg.layersTooLarge)
      pen.put(&buffer, why, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.warning)
      return
    }
    let lines = Self.summaryLines(c, state: state, pen: pen)
    for (i, line) in lines.enumerated() where i < body.height {
      pen.put(&buffer, line, x: body.x + 1, y: body.y + i, width: body.width - 1)
    }
    let top = lines.count + 1
    guard body.height > top else { return }
    let filterNote = state.filter.families.isEmpty && state.filter.mechanisms.isEmpty ? "" : state.t(TUIAnalysisMsg.familyFiltersAside)
    let lists = Rect(x: body.x, y: body.y + lines.count, width: body.width, height: body.height - lines.count)
    let (left, right) = lists.splitRight(Self.cityPaneWidth)
    let ties = Self.ties(state)
    let all = c.both.count + c.onlyFirst.count + c.onlySecond.count
    let searchNote = ties.count == all ? "" : state.t(TUIAnalysisMsg.layerSearchAside, ties.count, all)
    pen.rule(&buffer, left.row(0), title: state.t(TUIAnalysisMsg.tiesByLayer, filterNote + searchNote))
    let rect = left.splitTop(1).rest
    let focus = state.focus[.of(kind)] ?? 0
    var table = TableView(columns: [
      Column(state.t(TUIAnalysisMsg.colIn), 4), Column(state.t(TUIAnalysisMsg.colCity), 16),
      Column(state.t(TUIAnalysisMsg.colPartner), 16), Column(String(MechanismFamily.governance.letter), 4, right: true),
      Column(String(MechanismFamily.collaboration.letter), 4, right: true), Column(state.t(TUIAnalysisMsg.colPinyin), 0),
    ], focused: focus == 0)
    table.highlight = state.searchText(.of(kind))
    table.language = state.lang
    table.render(in: rect, count: ties.count, list: state.list(ListKey(.of(kind))), pen: pen, into: &buffer) { row, col in
      let t = ties[row]
      let (a, b) = (state.dataset.cities[t.a], state.dataset.cities[t.b])
      switch col {
      case 0: return (t.first > 0 && t.second > 0 ? "G+C" : (t.first > 0 ? "G" : "C"), nil)
      case 1: return (state.name(a), nil)
      case 2: return (state.name(b), nil)
      case 3: return (t.first > 0 ? String(t.first) : "", nil)
      case 4: return (t.second > 0 ? String(t.second) : "", nil)
      default: return ("\(a.nameEn) \(pen.dash) \(b.nameEn)", Styles.dim)
      }
    }
    renderDegrees(state, c, in: right, focused: focus == 1, pen: pen, into: &buffer)
  }

  /// Every city with its degree in each layer, side by side.
  private func renderDegrees(_ state: AppState, _ c: LayerComparison, in rect: Rect, focused: Bool, pen: Pen,
                             into buffer: inout ScreenBuffer) {
    pen.vline(&buffer, Rect(x: rect.x, y: rect.y, width: 1, height: rect.height))
    let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: rect.height)
    pen.rule(&buffer, inner.row(0), title: state.t(TUIAnalysisMsg.degreesByLayer))
    let rows = Self.cities(state)
    var table = TableView(columns: [
      Column(state.t(TUIAnalysisMsg.colCity), 0, sort: .pinyin),
      Column(String(MechanismFamily.governance.letter(state.lang)), 5, right: true, sort: .governanceDegree),
      Column(String(MechanismFamily.collaboration.letter(state.lang)), 5, right: true, sort: .collaborationDegree),
    ], focused: focused)
    table.highlight = state.searchText(.of(kind))
    table.language = state.lang
    table.sort = state.sortState(kind)
    table.render(in: inner.splitTop(1).rest, count: rows.count, list: state.list(ListKey(.of(kind), pane: 1)), pen: pen,
                 into: &buffer) { row, col in
      let i = rows[row]
      switch col {
      case 0: return (state.name(state.dataset.cities[c.cities[i]]), nil)
      case 1: return (String(c.degrees[i].first), nil)
      default: return (String(c.degrees[i].second), nil)
      }
    }
  }
}

import ChengyuCore

extension ScreenKind {
  public static let ego = ScreenKind("ego")
}

/// A city's ego network (`chengyu show CITY --ego`): a line with its size, the ties among the
/// alters, density and brokerage, then the alters (left, pane 0: Enter opens the alter's city,
/// `o` its own ego network) and the ties among them (right, pane 1: Enter opens the tie).
/// `/` narrows both lists by city. Read from `AnalysisViewState.egos`.
struct EgoScreen: ExplorerScreen {
  let kind = ScreenKind.ego
  let title = TUIMsg.screenEgo

  /// Two info lines, then alters on the left and the ties among them on the right.
  static func panes(_ body: Rect) -> (info: Rect, alters: Rect, ties: Rect) {
    let (info, rest) = body.splitTop(2)
    let (left, right) = rest.splitLeft(rest.width / 2)
    return (info, left, right)
  }

  /// Alters of the ego screen shown, narrowed by its search.
  static func alters(_ state: AppState, _ screen: ScreenID) -> [(node: Int, tie: Int, toAlters: Int)] {
    guard case .ego(let c) = screen, let ego = state.analysisViews.egos[c] else { return [] }
    let text = state.searchText(screen)
    return text.isEmpty ? ego.alters : ego.alters.filter { row in state.eachWord(of: text) { state.nodeMatches(row.node, $0) } }
  }

  /// Ties among the alters, narrowed by the search: every word matches one of the two ends.
  static func alterTies(_ state: AppState, _ screen: ScreenID) -> [Int] {
    guard case .ego(let c) = screen, let ego = state.analysisViews.egos[c] else { return [] }
    let text = state.searchText(screen)
    let g = state.view.graph
    return text.isEmpty ? ego.alterTies : ego.alterTies.filter { t in
      state.eachWord(of: text) { state.nodeMatches(g.ties[t].a, $0) || state.nodeMatches(g.ties[t].b, $0) }
    }
  }

  func rowCount(_ state: AppState, _ key: ListKey) -> Int {
    key.pane == 0 ? Self.alters(state, key.screen).count : Self.alterTies(state, key.screen).count
  }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? {
    let g = state.view.graph
    return key.pane == 0 ? Self.alters(state, key.screen).map { .city(g.nodes[$0.node]) }
      : Self.alterTies(state, key.screen).map { .tie(g.nodes[g.ties[$0].a], g.nodes[g.ties[$0].b]) }
  }

  func viewport(_ state: AppState, _ key: ListKey) -> Int {
    let panes = Self.panes(ScreenLayout.chrome(state.size).body)
    return max(1, (key.pane == 0 ? panes.alters.height : panes.ties.height) - 2)
  }

  /// `o` opens an alter's own ego network (left pane); the pane keys need no label.
  func hintLabel(_ command: Command, pane: Int) -> String? {
    switch command.id {
    case "ego-network": pane == 0 ? TUIHintMsg.ego.rawValue : nil
    case "focus-left", "focus-right": nil
    default: command.hint
    }
  }

  /// Enter on an alter opens its city screen; on a tie among alters, the tie.
  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    guard let ids = identities(state, key), ids.indices.contains(row) else { return }
    switch ids[row] {
    case .city(let c): state.show(.city(c))
    case .tie(let a, let b): state.show(.tie(a, b))
    default: break
    }
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard case .ego(let c) = screen else { return }
    guard let ego = state.analysisViews.egos[c] else {
      if state.computing(.ego) { WorkPlaceholder.render(state, .ego, in: body, pen: pen, into: &buffer) }
      return
    }
    let panes = Self.panes(body)
    let city = state.dataset.cities[c]
    let info = state.subjectLine([city], separator: "", facts: Self.facts(state, ego, pen: pen), width: panes.info.width - 1)
    pen.put(&buffer, info, x: panes.info.x + 1, y: panes.info.y, width: panes.info.width - 1, style: Styles.title)
    guard let network = ego.network else {
      pen.put(&buffer, state.t(TUIAnalysisMsg.egoEmpty), x: body.x + 1, y: body.y + 2, width: body.width - 1, style: Styles.dim)
      return
    }
    let f = { (x: Double?) in x.map { Format.fixed($0, 4) } ?? "-" }
    let shape = state.t(TUIAnalysisMsg.egoShape, f(network.density), pen.dot, network.brokerage, f(network.normalizedBrokerage))
    pen.put(&buffer, shape, x: panes.info.x + 1, y: panes.info.y + 1, width: panes.info.width - 1)
    let focus = state.focus[screen] ?? 0
    let g = state.view.graph
    let alters = Self.alters(state, screen)
    let left = Rect(x: panes.alters.x, y: panes.alters.y, width: panes.alters.width - 1, height: panes.alters.height)
    pen.rule(&buffer, left.row(0), title: state.t(TUIAnalysisMsg.egoAlters, alters.count))
    let pinyin = left.width >= 56 && !state.asciiMode
    var columns = [Column(state.t(TUIAnalysisMsg.colAlter), pinyin ? 16 : 0), Column(state.t(TUIMsg.colWeight), 6, right: true),
                   Column(state.t(TUIAnalysisMsg.colToAlters), 9, right: true)]
    if pinyin { columns.append(Column(state.t(TUIMsg.colPinyin), 0)) }
    var table = TableView(columns: columns, focused: focus == 0)
    table.highlight = state.searchText(screen)
    table.language = state.lang
    table.render(in: left.splitTop(1).rest, count: alters.count, list: state.list(ListKey(screen, pane: 0)), pen: pen, into: &buffer) { row, col in
      let a = alters[row]
      let city = state.view.city(node: a.node)
      switch col {
      case 0: return (state.name(city), nil)
      case 1: return (String(g.ties[a.tie].weight), nil)
      case 2: return (String(a.toAlters), nil)
      default: return (city.nameEn, Styles.dim)
      }
    }
    pen.vline(&buffer, Rect(x: panes.alters.maxX - 1, y: panes.alters.y, width: 1, height: panes.alters.height))
    let ties = Self.alterTies(state, screen)
    let right = Rect(x: panes.ties.x + 1, y: panes.ties.y, width: panes.ties.width - 1, height: panes.ties.height)
    pen.rule(&buffer, right.row(0), title: state.t(TUIAnalysisMsg.egoAlterTies, ties.count))
    var tieTable = TableView(columns: [Column(state.t(TUIAnalysisMsg.colTie), 0), Column(state.t(TUIMsg.colWeight), 6, right: true)],
                             focused: focus == 1)
    tieTable.highlight = state.searchText(screen)
    tieTable.language = state.lang
    tieTable.render(in: right.splitTop(1).rest, count: ties.count, list: state.list(ListKey(screen, pane: 1)), pen: pen, into: &buffer) { row, col in
      let t = g.ties[ties[row]]
      return col == 0 ? ("\(state.name(state.view.city(node: t.a))) \(pen.dash) \(state.name(state.view.city(node: t.b)))", nil)
        : (String(t.weight), nil)
    }
  }

  /// " · 12 alters · 30 ties among them of 66 pairs", with the node it counts as when the
  /// aggregation rolls the city up.
  static func facts(_ state: AppState, _ ego: EgoModel, pen: Pen) -> String {
    let sep = " \(pen.dot) "
    guard let node = ego.node, let n = ego.network else { return sep + state.t(TUIMsg.cityNoTies) }
    var text = sep
    if state.view.graph.nodes[node] != ego.city {
      text += state.t(TUIAnalysisMsg.egoCountedAs, state.name(state.view.city(node: node))) + sep
    }
    return text + state.t(TUIAnalysisMsg.egoFacts, n.size, pen.dot, n.ties, n.pairs)
  }
}

extension AppState {
  /// `o`: the ego network of the city on screen (a city screen), of the selected alter (an ego
  /// screen), of the selected city (map, graph) or of the city of the selected row (lists).
  mutating func openEgo() {
    var city: Int?
    switch screen {
    case .city(let c): city = c
    default:
      if PictureCommands.canvases.contains(screen.kind) {
        city = selectedNode(screen.kind).map { view.graph.nodes[$0] }
      } else if case .city(let c)? = rowIdentity(currentListKey) {
        city = c
      }
    }
    guard let city else {
      status = t(TUIAnalysisMsg.egoNeedsCity)
      return
    }
    show(.ego(city))
  }
}

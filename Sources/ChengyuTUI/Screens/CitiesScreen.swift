import ChengyuCore

extension ScreenKind {
  public static let cities = ScreenKind("cities")
}

/// The first screen: every city of the filtered network with its ties, strength, betweenness and
/// (when wide) closeness, read from the same measures as the Measures screen; on wide terminals,
/// the selected city's ties beside the list.
struct CitiesScreen: ItemListScreen {
  static let previewWidth = 44
  let kind = ScreenKind.cities
  let title = TUIMsg.tabCities
  let tab: TabEntry? = TabEntry(help: .tabCitiesHelp)
  let sortKeys: [SortKey] = [.dataset, .strength, .ties, .betweenness, .pinyin, .province, .level]

  func items(_ state: AppState, _ key: ListKey) -> [Int] { state.cityRows() }
  func identity(_ state: AppState, item node: Int) -> RowIdentity { .city(state.view.graph.nodes[node]) }
  func destination(_ state: AppState, item node: Int) -> ScreenID? { .city(state.view.graph.nodes[node]) }

  func sortedOrder(_ state: AppState) -> [Int]? { state.nodeOrder(kind) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.cityRows()
    let list = state.list(ListKey(.cities))
    var tableRect = body
    if body.width >= 120 {
      let (left, right) = body.splitRight(Self.previewWidth)
      // A blank column before the preview's rule, so the last number does not touch it.
      tableRect = Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height)
      let selected = rows.indices.contains(list.selected) ? rows[list.selected] : nil
      renderPreview(state, node: selected, in: right, pen: pen, into: &buffer)
    }
    cityTable(state, rows: rows, list: list, in: tableRect, pen: pen, into: &buffer)
  }

  /// The city table.
  func cityTable(_ state: AppState, rows: [Int], list: ListState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let v = state.view
    // Chinese rows keep to Chinese (遂宁市 四川省 地级): the pinyin only where the table has room.
    let pinyin = state.lang == .en || rect.width >= 100
    let city = state.asciiMode ? TUIMsg.colCity.text(.en) : TUIMsg.colCity.text(.zh)
    var table = TableView(columns: [
      Column(city, 14), Column(state.t(TUIMsg.colPinyin), pinyin ? 0 : -1, sort: .pinyin),
      Column(state.t(TUIMsg.colProvince), 8, sort: .province), Column(state.t(TUIMsg.colLevel), 10, sort: .level),
      Column(state.measureHeader(.colTies, .degree), 5, right: true, sort: .ties),
      Column(state.measureHeader(.colStrength, .strength), 9, right: true, sort: .strength),
      Column(state.measureHeader(.colBetweenness, .betweenness), 6, right: true, sort: .betweenness),
    ] + (rect.width >= 100 ? [Column(state.measureHeader(.colCloseness, .closeness), 7, right: true)] : []))
    table.highlight = state.searchText(state.screen)
    table.language = state.lang
    table.sort = state.sortState(kind)
    table.render(in: rect, count: rows.count, list: list, pen: pen, into: &buffer) { row, col in
      let node = rows[row]
      let city = v.city(node: node)
      switch col {
      case 0: return (state.name(city), nil)
      case 1: return (city.nameEn, Styles.dim)
      case 2: return (state.provinceName(city), nil)
      case 3: return (state.levelName(city.level), nil)
      case 4: return (state.measureText(.degree, of: node), nil)
      case 5: return (state.measureText(.strength, of: node), nil)
      case 6: return (state.measureText(.betweenness, of: node), nil)
      default: return (state.measureText(.closeness, of: node), nil)
      }
    }
  }

  /// The selected city's ties (from the model's partner lists, sorted once per filter).
  func renderPreview(_ state: AppState, node: Int?, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    pen.vline(&buffer, rect)
    let inner = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 2, height: rect.height)
    guard let node else { return }
    let city = state.view.city(node: node)
    pen.put(&buffer, state.t(TUIMsg.tiesOf, state.name(city)), x: inner.x, y: inner.y, width: inner.width, style: Styles.title)
    let ties = state.model.partners[node]
    var table = TableView(columns: [Column(state.t(TUIMsg.colPartner), 0), Column(state.t(TUIMsg.colWeight), 7, right: true),
                                    Column(state.t(TUIMsg.colMech), state.familyCountsWidth(8))])
    table.language = state.lang
    let area = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    table.render(in: area, count: ties.count, list: ListState(selected: -1), pen: pen, into: &buffer) { row, col in
      let (t, partner) = ties[row]
      switch col {
      case 0: return (state.name(state.view.city(node: partner)), nil)
      case 1: return (String(state.view.graph.ties[t].weight), nil)
      default: return (state.familyCounts(state.view.graph.ties[t].agreements), nil)
      }
    }
  }
}

extension AppState {
  /// Nodes of the Cities list, sorted and narrowed by its search.
  public func cityRows() -> [Int] { sortedNodes(kind: .cities, search: searchText(.cities)) }
}

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
  let title = "Cities"
  let tab: TabEntry? = TabEntry(help: "Show the cities with their ties, strength and centrality.")
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
    var table = TableView(columns: [
      Column(state.asciiMode ? "City" : "城市", 14), Column("Pinyin", 0, sort: .pinyin), Column("Province", 8, sort: .province),
      Column("Level", 10, sort: .level), Column("Ties", 5, right: true, sort: .ties),
      Column("Strength", 9, right: true, sort: .strength), Column("Betw.", 6, right: true, sort: .betweenness),
    ] + (rect.width >= 100 ? [Column("Close.", 7, right: true)] : []))
    table.highlight = state.searchText(state.screen)
    table.sort = state.sortState(kind)
    table.render(in: rect, count: rows.count, list: list, pen: pen, into: &buffer) { row, col in
      let node = rows[row]
      let city = v.city(node: node)
      switch col {
      case 0: return (state.name(city), nil)
      case 1: return (city.nameEn, Styles.dim)
      case 2: return (state.provinceName(city), nil)
      case 3: return (city.level.rawValue, nil)
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
    pen.put(&buffer, "Ties of \(state.name(city))", x: inner.x, y: inner.y, width: inner.width, style: Styles.title)
    let ties = state.model.partners[node]
    let table = TableView(columns: [Column("Partner", 0), Column("Weight", 7, right: true), Column("Mech", 8)])
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

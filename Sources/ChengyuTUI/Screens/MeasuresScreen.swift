import ChengyuCore

extension ScreenKind {
  public static let measures = ScreenKind("measures")
}

/// The network summary and every city's measures, as `chengyu stats --measures` reports them.
/// Everything drawn here is read from the filter model (computed once per filter change);
/// nothing is computed while drawing. Every measure column can be sorted by.
struct MeasuresScreen: ItemListScreen {
  let kind = ScreenKind.measures
  let title = TUIMsg.tabMeasures
  let tab: TabEntry? = TabEntry(help: .tabMeasuresHelp)
  /// One key per measure column, in column order, then the names.
  let sortKeys: [SortKey] = MeasureTable.cities.map(SortKey.measure) + [.pinyin]

  func items(_ state: AppState, _ key: ListKey) -> [Int] { state.measureRows() }
  func identity(_ state: AppState, item node: Int) -> RowIdentity { .city(state.view.graph.nodes[node]) }
  func destination(_ state: AppState, item node: Int) -> ScreenID? { .city(state.view.graph.nodes[node]) }

  func sortedOrder(_ state: AppState) -> [Int]? { state.nodeOrder(kind) }

  /// The table's rows: the body less the summary, its rule and the column titles.
  func viewport(_ state: AppState, _ key: ListKey) -> Int {
    max(1, ScreenLayout.bodyRows(state) - Self.summaryRows(state) - 1)
  }

  /// A column of the city table: the measure it shows (nil for the two name columns) and its
  /// rank when the width runs out (0 is kept longest).
  struct MeasureColumn {
    let column: Column
    let measure: CityMeasureDescriptor?
    let priority: Int
  }

  /// Which measures keep their column longest as the terminal narrows (a layout choice, by
  /// measure id); measures not named here come after, in table order.
  static let keptLongest = ["degree", "betweenness", "strength", "closeness", "eigenvector", "constraint", "clustering", "core"]
  /// The pinyin column's rank among the measures.
  static let pinyinPriority = 9

  /// The columns in display order: the names, then the core's measure table in its order.
  static func columns(ascii: Bool, language: Language = .en) -> [MeasureColumn] {
    let measures = MeasureTable.cities.enumerated().map { i, m in
      let title = language == .en ? columnTitle(m) : m.header(language)
      // Room for the values and for the title with its sort arrow.
      let width = max(m.valueWidth, DisplayWidth.of(title) + 1)
      let rank = keptLongest.firstIndex(of: m.id).map { $0 + 1 } ?? pinyinPriority + 1 + i
      return MeasureColumn(column: Column(title, width, right: true, sort: .measure(m)), measure: m, priority: rank)
    }
    return [
      MeasureColumn(column: Column(TUIMsg.colCity.text(ascii ? .en : .zh), 14), measure: nil, priority: 0),
      MeasureColumn(column: Column(TUIMsg.colPinyin.text(language), 0, sort: .pinyin), measure: nil, priority: pinyinPriority),
    ] + measures
  }

  /// A measure's column title: its table header capitalised, cut to five letters and a dot when
  /// longer than eight ("Betweenness" → "Betwe.").
  static func columnTitle(_ m: CityMeasureDescriptor) -> String {
    let header = m.header.prefix(1).uppercased() + m.header.dropFirst()
    return header.count > 8 ? String(header.prefix(5)) + "." : header
  }

  /// Narrowest pinyin column worth showing before the effective size is added.
  static let pinyinMinimum = 12

  /// The columns that fit `width`, taken by priority until the next one does not fit (the
  /// pinyin column counts at `pinyinMinimum` and takes what is left), shown in display order.
  static func visibleColumns(width: Int, ascii: Bool, language: Language = .en) -> [MeasureColumn] {
    let all = columns(ascii: ascii, language: language)
    var used = -1  // no separator before the first column
    var kept = Set<Int>()
    for i in all.indices.sorted(by: { all[$0].priority < all[$1].priority }) {
      let w = (all[i].column.width == 0 ? pinyinMinimum : all[i].column.width) + 1
      guard used + w <= width else { break }
      used += w
      kept.insert(i)
    }
    return all.indices.filter(kept.contains).map { all[$0] }
  }

  /// The summary: the network figures of `stats --measures`, then what the filter leaves. Each
  /// group starts a line and wraps between items when the width runs out.
  static func summaryLines(_ state: AppState, width: Int) -> [String] {
    let g = state.view.graph
    let s = state.measures?.summary
    let real = { (x: Double?) in x.map { Format.fixed($0, 4) } ?? "–" }
    let (gov, col) = state.model.familySplit
    let t = { (key: TUIStatusMsg, args: [any CustomStringConvertible]) in
      MessageCatalogue.fill(key.texts.text(state.lang), args.map(\.description))
    }
    let groups = [
      [t(.sumNodes, [g.nodeCount]), t(.sumTies, [g.tieCount]), t(.sumDensity, [Format.fixed(g.density, 4)]),
       t(.sumComponents, [state.model.componentSizes.count, state.model.componentSizes.max() ?? 0])],
      [t(.sumClustering, [real(s?.averageClustering)]), t(.sumTransitivity, [real(s?.transitivity)]),
       t(.sumDiameter, [s.map { String($0.diameter) } ?? "–"])],
      [t(.sumAgreements, [gov + col, gov, col]), t(.sumPolicies, [state.view.policies.count])],
    ]
    var lines: [String] = []
    for group in groups {
      var line = ""
      for item in group {
        if !line.isEmpty && DisplayWidth.of(line + "   " + item) > width {
          lines.append(line)
          line = ""
        }
        line += (line.isEmpty ? "" : "   ") + item
      }
      lines.append(line)
    }
    return lines
  }

  /// Rows above the table at the state's size: the summary lines and a rule.
  static func summaryRows(_ state: AppState) -> Int {
    summaryLines(state, width: ScreenLayout.chrome(state.size).body.width - 1).count + 1
  }

  /// The rule's title: why some values show "–", if any do.
  static func tableTitle(_ state: AppState, pen: Pen) -> String {
    if state.measures == nil && state.model.measuresWanted { return WorkPlaceholder.text(state, .measures, pen: pen) }
    if state.measures == nil && state.view.graph.nodeCount > 0 {
      return state.t(TUIStatusMsg.measuresNotComputed, " \(pen.dot) ")
    }
    if state.eigenvectorFailed { return state.t(TUIStatusMsg.eigenvectorFailed, " \(pen.dot) ") }
    return state.t(TUIStatusMsg.measuresCities)
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let lines = Self.summaryLines(state, width: body.width - 1)
    for (i, line) in lines.enumerated() where i < body.height {
      pen.put(&buffer, line, x: body.x + 1, y: body.y + i, width: body.width - 1)
    }
    let top = lines.count + 1
    guard body.height > top else { return }
    pen.rule(&buffer, Rect(x: body.x, y: body.y + lines.count, width: body.width, height: 1), title: Self.tableTitle(state, pen: pen))
    let rect = Rect(x: body.x, y: body.y + top, width: body.width, height: body.height - top)
    let shown = Self.visibleColumns(width: rect.width, ascii: state.asciiMode, language: state.lang)
    let rows = state.measureRows()
    var table = TableView(columns: shown.map(\.column))
    table.highlight = state.searchText(state.screen)
    table.language = state.lang
    table.sort = state.sortState(kind)
    table.render(in: rect, count: rows.count, list: state.list(ListKey(.measures)), pen: pen, into: &buffer) { row, col in
      let node = rows[row]
      let city = state.view.city(node: node)
      guard let m = shown[col].measure else {
        return col == 0 ? (state.name(city), nil) : (city.nameEn, Styles.dim)
      }
      return (state.measureText(m, of: node), nil)
    }
  }
}

extension AppState {
  /// Nodes of the Measures top-cities list, sorted and narrowed by its search.
  public func measureRows() -> [Int] { sortedNodes(kind: .measures, search: searchText(.measures)) }
}

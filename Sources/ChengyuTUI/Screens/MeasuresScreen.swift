import ChengyuCore

extension ScreenKind {
  public static let measures = ScreenKind("measures")
}

/// The network summary and every city's measures, as `chengyu stats --measures` reports them.
/// Everything drawn here is read from the filter model (computed once per filter change);
/// nothing is computed while drawing. Every measure column can be sorted by.
struct MeasuresScreen: ItemListScreen {
  let kind = ScreenKind.measures
  let title = "Measures"
  let tab: TabEntry? = TabEntry(help: "Show the network summary and every city's network measures.")
  /// One key per measure column, in column order, then the names.
  let sortKeys: [SortKey] = Self.columns(ascii: false).compactMap { $0.measure.map(SortKey.init(measure:)) } + [.pinyin]

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
    let measure: CityMeasure?
    let priority: Int
  }

  /// The columns in display order: the command line's order of the measures.
  static func columns(ascii: Bool) -> [MeasureColumn] {
    let num = { (title: String, width: Int, m: CityMeasure, p: Int) in
      MeasureColumn(column: Column(title, width, right: true, sort: SortKey(measure: m)), measure: m, priority: p)
    }
    return [
      MeasureColumn(column: Column(ascii ? "City" : "城市", 14), measure: nil, priority: 0),
      MeasureColumn(column: Column("Pinyin", 0, sort: .pinyin), measure: nil, priority: 9),
      num("Degree", 7, .degree, 1), num("Strength", 9, .strength, 3), num("Betw.", 6, .betweenness, 2),
      num("Close.", 7, .closeness, 4), num("Eigen.", 7, .eigenvector, 5), num("Clust.", 7, .clustering, 7),
      num("Core", 5, .core, 8), num("Constr.", 8, .constraint, 6), num("Eff.size", 9, .effectiveSize, 10),
    ]
  }

  /// Narrowest pinyin column worth showing before the effective size is added.
  static let pinyinMinimum = 12

  /// The columns that fit `width`, taken by priority until the next one does not fit (the
  /// pinyin column counts at `pinyinMinimum` and takes what is left), shown in display order.
  static func visibleColumns(width: Int, ascii: Bool) -> [MeasureColumn] {
    let all = columns(ascii: ascii)
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
    let groups = [
      ["Nodes \(g.nodeCount)", "Ties \(g.tieCount)", "Density \(Format.fixed(g.density, 4))",
       "Components \(state.model.componentSizes.count) (largest \(state.model.componentSizes.max() ?? 0))"],
      ["Average clustering \(real(s?.averageClustering))", "Transitivity \(real(s?.transitivity))",
       "Diameter \(s.map { String($0.diameter) } ?? "–")"],
      ["Agreements \(gov + col): G governance \(gov), C collaboration \(col)",
       "Policies \(state.view.policies.count)"],
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
    if state.measures == nil && state.view.graph.nodeCount > 0 {
      return "Cities \(pen.dot) measures not computed: run :compute-measures (network too large)"
    }
    if state.eigenvectorFailed { return "Cities \(pen.dot) eigenvector did not converge: shown as –" }
    return "Cities"
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
    let shown = Self.visibleColumns(width: rect.width, ascii: state.asciiMode)
    let rows = state.measureRows()
    var table = TableView(columns: shown.map(\.column))
    table.highlight = state.searchText(state.screen)
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

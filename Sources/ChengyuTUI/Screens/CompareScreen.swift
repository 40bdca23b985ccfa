import ChengyuCore

extension ScreenKind {
  public static let compare = ScreenKind("compare")
}

/// Periods side by side (`chengyu compare --periods`): the three national stages unless `p` sets
/// others (`2011-2013,2014-2016,2017-2020`): counts, density over each period's own cities and
/// over the union of the periods' cities, components, the top city per centrality, then the ties
/// gained (+) and lost (-) from one period to the next. Enter opens a tie. The filter's years are
/// set aside (the periods are the years); read from the filter model (the stages) or from
/// `AnalysisViewState` (other periods).
struct CompareScreen: ItemListScreen {
  let kind = ScreenKind.compare
  let title = TUIMsg.tabCompare
  let tab: TabEntry? = TabEntry(help: .tabCompareHelp)
  let searchable = false

  /// A tie gained or lost between two consecutive stages.
  struct ChangeRow {
    let gained: Bool
    /// The later stage of the pair.
    let to: ClosedRange<Int>
    let a: Int
    let b: Int
    let weight: Int
  }

  func items(_ state: AppState, _ key: ListKey) -> [Int] { Array(Self.changes(state).indices) }

  func identity(_ state: AppState, item: Int) -> RowIdentity {
    let c = Self.changes(state)[item]
    return .tie(c.a, c.b)
  }

  func destination(_ state: AppState, item: Int) -> ScreenID? {
    let c = Self.changes(state)[item]
    return .tie(c.a, c.b)
  }

  func viewport(_ state: AppState, _ key: ListKey) -> Int {
    let body = ScreenLayout.bodyRows(state)
    return max(1, body - Self.figureRows(state, bodyHeight: body) - 2)
  }

  /// The comparison shown: the stages, or the periods set with `p`.
  static func comparison(_ state: AppState) -> PeriodComparison? { state.analysisViews.periodComparison(state.model) }

  /// Every change of the comparison, stage pair after stage pair, gained before lost.
  static func changes(_ state: AppState) -> [ChangeRow] {
    guard let p = comparison(state) else { return [] }
    let index = state.dataset.cityIndex
    return p.changes.flatMap { c in
      let rows = { (list: [PeriodComparison.TieChange], gained: Bool) in
        list.compactMap { t -> ChangeRow? in
          guard let a = index[CityID(t.a)], let b = index[CityID(t.b)] else { return nil }
          return ChangeRow(gained: gained, to: c.to, a: min(a, b), b: max(a, b), weight: t.weight)
        }
      }
      return rows(c.appeared, true) + rows(c.vanished, false)
    }
  }

  /// The side-by-side figures: a label and one text per stage.
  static func figures(_ state: AppState, _ p: PeriodComparison) -> [(String, [String])] {
    let each = { (f: (PeriodComparison.Period) -> String) in p.periods.map(f) }
    var rows: [(String, [String])] = [
      (state.t(TUIAnalysisMsg.rowAgreements), each { "\($0.view.agreements.count)" }),
      (state.t(TUIAnalysisMsg.rowNodes), each { "\($0.view.graph.nodeCount)" }),
      (state.t(TUIAnalysisMsg.rowTies), each { "\($0.view.graph.tieCount)" }),
      (state.t(TUIAnalysisMsg.rowDensity), each { Format.fixed($0.view.graph.density, 4) }),
      (state.t(TUIAnalysisMsg.rowDensityOver, p.unionNodes), each { Format.fixed(p.unionDensity($0), 4) }),
      (state.t(TUIAnalysisMsg.rowComponents), each { "\($0.measures.summary.components)" }),
      (state.t(TUIAnalysisMsg.rowClustering), each { Format.fixed($0.measures.summary.averageClustering, 4) }),
    ]
    for m in PeriodComparison.centralities {
      rows.append((state.t(TUIAnalysisMsg.rowTop, m.header), each { period in
        guard let top = p.top(1, period, by: m)?.first, let i = state.dataset.cityIndex[CityID(top.id)] else { return "" }
        return "\(state.name(state.dataset.cities[i])) \(MeasureTable.text(top.value, m.kind))"
      }))
    }
    return rows
  }

  /// Figure rows shown: all that leave at least four rows of changes, plus the stage titles.
  static func figureRows(_ state: AppState, bodyHeight: Int) -> Int {
    guard let p = comparison(state) else { return 1 }
    return 1 + max(0, min(figures(state, p).count, bodyHeight - 7))
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard state.model.analysis != nil else { return WorkPlaceholder.render(state, .analysis, in: body, pen: pen, into: &buffer) }
    if state.computing(.periods) { return WorkPlaceholder.render(state, .periods, in: body, pen: pen, into: &buffer) }
    guard let p = Self.comparison(state) else {
      let stages = state.analysisViews.periods == PeriodComparison.nationalStages
      let why = stages ? state.t(TUIAnalysisMsg.stagesTooLarge)
        : state.t(TUIAnalysisMsg.periodsTooLarge, PeriodList.text(state.analysisViews.periods))
      pen.put(&buffer, why, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.warning)
      return
    }
    let shown = Self.figureRows(state, bodyHeight: body.height)
    let label = 20
    let width = max(8, (body.width - label - 2) / max(1, p.periods.count))
    let years = { (y: ClosedRange<Int>) in y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)\(pen.dash)\(y.upperBound)" }
    for (i, period) in p.periods.enumerated() {
      pen.cell(&buffer, years(period.years), x: body.x + 1 + label + i * width, y: body.y, width: width - 1, right: true, style: Styles.columnHeader)
    }
    for (r, row) in Self.figures(state, p).prefix(shown - 1).enumerated() {
      let y = body.y + 1 + r
      pen.put(&buffer, row.0, x: body.x + 1, y: y, width: label, style: Styles.label)
      for (i, text) in row.1.enumerated() {
        pen.cell(&buffer, text, x: body.x + 1 + label + i * width, y: y, width: width - 1, right: true)
      }
    }
    guard body.height > shown + 1 else { return }
    let note = state.filter.years == nil ? "" : state.t(TUIAnalysisMsg.yearsAside)
    pen.rule(&buffer, Rect(x: body.x, y: body.y + shown, width: body.width, height: 1),
             title: state.analysisViews.periods == PeriodComparison.nationalStages
               ? state.t(TUIAnalysisMsg.tiesGainedLost, note) : state.t(TUIAnalysisMsg.tiesGainedLostPeriods, note))
    let rect = Rect(x: body.x, y: body.y + shown + 1, width: body.width, height: body.height - shown - 1)
    let changes = Self.changes(state)
    let table = TableView(columns: [
      Column(state.t(TUIAnalysisMsg.colChange), 12), Column(state.t(TUIAnalysisMsg.colCity), 16),
      Column(state.t(TUIAnalysisMsg.colPartner), 16), Column(state.t(TUIAnalysisMsg.colWeight), 7, right: true),
      Column(state.t(TUIAnalysisMsg.colPinyin), 0),
    ])
    table.render(in: rect, count: changes.count, list: state.list(ListKey(.of(kind))), pen: pen, into: &buffer) { row, col in
      let c = changes[row]
      let (a, b) = (state.dataset.cities[c.a], state.dataset.cities[c.b])
      switch col {
      case 0: return ((c.gained ? "+ " : "- ") + years(c.to), c.gained ? nil : Styles.dim)
      case 1: return (state.name(a), nil)
      case 2: return (state.name(b), nil)
      case 3: return (String(c.weight), nil)
      default: return ("\(a.nameEn) \(pen.dash) \(b.nameEn)", Styles.dim)
      }
    }
  }
}

extension AppState {
  /// Enter in the periods prompt: compares the ranges typed, or says in the status line what is
  /// wrong with them (`p` opens the prompt again with the ranges in force).
  mutating func commitPeriods(_ text: String) {
    switch PeriodList.parse(text) {
    case .success(let ranges):
      setComparePeriods(ranges)
      lists[ListKey(.of(.compare))] = ListState()
      clampAllLists()
      status = t(TUIAnalysisMsg.periodsSet, PeriodList.text(ranges))
    case .failure(let problem):
      switch problem {
      case .tooFew(let n): status = t(TUIAnalysisMsg.periodsTooFew, n)
      case .tooMany(let n): status = t(TUIAnalysisMsg.periodsTooMany, PeriodList.maxPeriods, n)
      case .notARange(let part): status = t(TUIAnalysisMsg.periodsNotARange, part)
      case .reversed(let part): status = t(TUIAnalysisMsg.periodsReversed, part)
      }
    }
  }
}

import ChengyuCore

extension ScreenKind {
  public static let layers = ScreenKind("layers")
}

/// The reference study's two mechanisms side by side (`chengyu compare --layers`): each layer's
/// counts, the overlap of their ties with its Jaccard index, the QAP correlation of the two
/// adjacency matrices, and every tie with its weight in each layer (in both first, then
/// governance only, then collaboration only). Enter opens the tie. Read from the filter model.
struct LayersScreen: ItemListScreen {
  let kind = ScreenKind.layers
  let title = TUIMsg.tabLayers
  let tab: TabEntry? = TabEntry(help: .tabLayersHelp)
  let searchable = false

  /// Summary lines above the tie table.
  static let summaryRows = 4

  func items(_ state: AppState, _ key: ListKey) -> [Int] { Array(Self.ties(state).indices) }

  func identity(_ state: AppState, item: Int) -> RowIdentity {
    let t = Self.ties(state)[item]
    return .tie(min(t.a, t.b), max(t.a, t.b))
  }

  func destination(_ state: AppState, item: Int) -> ScreenID? {
    let t = Self.ties(state)[item]
    return .tie(min(t.a, t.b), max(t.a, t.b))
  }

  /// The summary, its rule and the column titles take the top of the body.
  func viewport(_ state: AppState, _ key: ListKey) -> Int { max(1, ScreenLayout.bodyRows(state) - Self.summaryRows - 2) }

  /// Ties in both layers, then in governance only, then in collaboration only.
  static func ties(_ state: AppState) -> [LayerComparison.LayerTie] {
    guard let c = state.model.analysis?.layers else { return [] }
    return c.both + c.onlyFirst + c.onlySecond
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
    guard state.model.analysis != nil else { return WorkPlaceholder.render(state, .analysis, in: body, pen: pen, into: &buffer) }
    guard let c = state.model.analysis?.layers else {
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
    pen.rule(&buffer, Rect(x: body.x, y: body.y + lines.count, width: body.width, height: 1), title: state.t(TUIAnalysisMsg.tiesByLayer, filterNote))
    let rect = Rect(x: body.x, y: body.y + top, width: body.width, height: body.height - top)
    let ties = Self.ties(state)
    let table = TableView(columns: [
      Column(state.t(TUIAnalysisMsg.colIn), 4), Column(state.t(TUIAnalysisMsg.colCity), 16),
      Column(state.t(TUIAnalysisMsg.colPartner), 16), Column(String(MechanismFamily.governance.letter), 4, right: true),
      Column(String(MechanismFamily.collaboration.letter), 4, right: true), Column(state.t(TUIAnalysisMsg.colPinyin), 0),
    ])
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
  }
}

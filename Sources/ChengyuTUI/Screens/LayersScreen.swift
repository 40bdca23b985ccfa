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
  let title = "Layers"
  let tab: TabEntry? = TabEntry(help: "Compare the governance and collaboration layers: overlap, Jaccard, QAP.")
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
    guard let c = state.model.analysis.layers else { return [] }
    return c.both + c.onlyFirst + c.onlySecond
  }

  static func summaryLines(_ c: LayerComparison, pen: Pen) -> [String] {
    let layer = { (f: MechanismFamily, v: NetworkView) in
      "\(f.letter) \(f.rawValue) \(f.nameZh): \(v.agreements.count) agreements \(pen.dot) \(v.graph.nodeCount) cities "
        + "\(pen.dot) \(v.graph.tieCount) ties"
    }
    let r = c.qap.correlation.map { Format.fixed($0, 4) } ?? "undefined"
    let p = c.qap.pValue.map { $0 == 0 && !c.qap.exact ? "< " + Format.fixed(1 / Double(c.qap.permutations), 4) : Format.fixed($0, 4) } ?? "-"
    let how = c.qap.exact ? "exact" : "\(c.qap.permutations) perm., seed \(AnalysisModel.seed)"
    return [
      layer(.governance, c.first),
      layer(.collaboration, c.second),
      "Ties: both \(c.both.count) \(pen.dot) G only \(c.onlyFirst.count) \(pen.dot) C only \(c.onlySecond.count) "
        + "\(pen.dot) Jaccard \(c.jaccard.map { Format.fixed($0, 4) } ?? "-")",
      "QAP r = \(r), p \(p.hasPrefix("<") ? p : "= " + p) (presence, \(c.cities.count) cities, \(how))",
    ]
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard let c = state.model.analysis.layers else {
      let why = "Network too large to compare the layers here: run chengyu compare --layers governance,collaboration"
      pen.put(&buffer, why, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.warning)
      return
    }
    let lines = Self.summaryLines(c, pen: pen)
    for (i, line) in lines.enumerated() where i < body.height {
      pen.put(&buffer, line, x: body.x + 1, y: body.y + i, width: body.width - 1)
    }
    let top = lines.count + 1
    guard body.height > top else { return }
    let filterNote = state.filter.families.isEmpty && state.filter.mechanisms.isEmpty ? "" : " (family and type filters set aside)"
    pen.rule(&buffer, Rect(x: body.x, y: body.y + lines.count, width: body.width, height: 1), title: "Ties by layer\(filterNote)")
    let rect = Rect(x: body.x, y: body.y + top, width: body.width, height: body.height - top)
    let ties = Self.ties(state)
    let table = TableView(columns: [
      Column("In", 4), Column("City", 16), Column("Partner", 16), Column("G", 4, right: true), Column("C", 4, right: true),
      Column("Pinyin", 0),
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

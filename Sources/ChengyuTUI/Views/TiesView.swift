import ChengyuCore

/// Every tie, heaviest first: the two cities, the weight, the mechanism families and the years.
enum TiesView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.tieRows()
    let v = state.view
    var table = TableView(columns: [
      Column("City", 16), Column("Partner", 16), Column("Weight", 7, right: true), Column("Mech", 8),
      Column("Years", 9), Column("Pinyin", 0),
    ])
    table.highlight = state.searchText(state.screen)
    table.sorted = state.sortMark(.ties, columns: [.weight: 2, .pinyin: 5])
    table.render(in: body, count: rows.count, list: state.list(ListKey(.ties)), pen: pen, into: &buffer) { row, col in
      let tie = v.graph.ties[rows[row]]
      let (a, b) = (v.city(node: tie.a), v.city(node: tie.b))
      switch col {
      case 0: return (state.name(a), nil)
      case 1: return (state.name(b), nil)
      case 2: return (String(tie.weight), nil)
      case 3: return (state.familyCounts(tie.agreements), nil)
      case 4: return (yearSpan(state, tie.agreements, pen: pen), nil)
      default: return ("\(a.nameEn) \(pen.dash) \(b.nameEn)", Styles.dim)
      }
    }
  }

  /// "2016–2020", or one year, for a set of agreements.
  static func yearSpan(_ state: AppState, _ agreements: [Int], pen: Pen) -> String {
    let years = agreements.map { state.dataset.agreements[$0].date.year }
    guard let lo = years.min(), let hi = years.max() else { return "" }
    return lo == hi ? "\(lo)" : "\(lo)\(pen.dash)\(hi)"
  }
}

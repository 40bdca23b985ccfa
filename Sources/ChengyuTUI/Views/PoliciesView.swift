import ChengyuCore

/// The Policies tab: the central and provincial documents, by date.
enum PoliciesView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.policyRows()
    let wide = body.width >= 100
    var columns = [Column("Date", 10), Column("ID", 4), Column("Issuer", wide ? 22 : 14)]
    if wide { columns.append(Column("Level", 16)) }
    columns.append(Column("Title", 0))
    var table = TableView(columns: columns)
    table.highlight = state.searchText(state.screen)
    table.sorted = state.sortMark(.policies, columns: [.date: 0, .id: 1])
    let data = state.dataset
    table.render(in: body, count: rows.count, list: state.list(ListKey(.policies)), pen: pen, into: &buffer) { row, col in
      let p = data.policies[rows[row]]
      switch (col, wide) {
      case (0, _): return (p.date.description, nil)
      case (1, _): return (p.id, nil)
      case (2, _): return (state.asciiMode ? p.issuerLevel : p.issuerZh, nil)
      case (3, true): return (p.issuerLevel, Styles.dim)
      default: return (state.title(p), nil)
      }
    }
  }
}

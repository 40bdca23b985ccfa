import ChengyuCore

extension ScreenKind {
  public static let filters = ScreenKind("filters")
}

/// The filter panel: each setting on a line with its value; changes apply at once, so the
/// header's counts answer every keystroke. The rows and what stepping them does are in
/// FilterRow.swift.
struct FilterPanelScreen: ExplorerScreen {
  let kind = ScreenKind.filters
  let title = "Filters"

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.filterRows().count }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? { state.filterRows().map(RowIdentity.setting) }

  /// Enter toggles the setting, as Space does.
  func open(_ state: inout AppState, _ key: ListKey, row: Int) { state.adjustFilter(row: row, step: 0) }

  func hintLabel(_ command: Command, pane: Int) -> String? { command.id == "open" ? nil : command.hint }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.filterRows()
    let help = "Filters \(pen.dot) Enter/Space toggle \(pen.dot) Left/Right change \(pen.dot) F clears all \(pen.dot) Esc back"
    pen.put(&buffer, help, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    var table = TableView(columns: [Column("Setting", 0), Column("Value", 14)])
    table.highlight = state.searchText(state.screen)
    table.header = false
    let area = Rect(x: body.x, y: body.y + 1, width: min(body.width, 78), height: body.height - 1)
    table.render(in: area, count: rows.count, list: state.list(ListKey(.filters)), pen: pen, into: &buffer) { row, col in
      let (label, value) = state.filterLabel(rows[row])
      return col == 0 ? ("  " + label, nil) : (value, value == "( )" || value == "off" || value == "any" || value == "all" ? Styles.dim : Styles.label)
    }
  }
}

extension AppState {
  /// Steps (±1) or toggles (0) the filter panel's row `row`.
  mutating func adjustFilter(row: Int, step: Int) {
    let rows = filterRows()
    guard screen == .filters, rows.indices.contains(row) else { return }
    applyFilter(filter(changing: rows[row], step: step))
  }
}

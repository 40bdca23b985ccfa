import ChengyuCore

extension ScreenKind {
  public static let policies = ScreenKind("policies")
}

/// The Policies tab: the central and provincial documents, by date.
struct PoliciesScreen: ItemListScreen {
  let kind = ScreenKind.policies
  let title = "Policies"
  let tab: TabEntry? = TabEntry(help: "Show the policy documents, by date.")
  let sortKeys: [SortKey] = [.date, .id]

  func items(_ state: AppState, _ key: ListKey) -> [Int] { state.policyRows() }
  func identity(_ state: AppState, item p: Int) -> RowIdentity { .policy(p) }
  func destination(_ state: AppState, item p: Int) -> ScreenID? { .policy(p) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.policyRows()
    let wide = body.width >= 100
    var columns = [Column("Date", 10, sort: .date), Column("ID", 4, sort: .id), Column("Issuer", wide ? 22 : 14)]
    if wide { columns.append(Column("Level", 16)) }
    columns.append(Column("Title", 0))
    var table = TableView(columns: columns)
    table.highlight = state.searchText(state.screen)
    table.sort = state.sortState(kind)
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

extension AppState {
  /// Policies (indices into the dataset) of the Policies list, sorted and narrowed.
  public func policyRows() -> [Int] {
    let match = RecordMatch(searchText(.policies))
    let p = dataset.policies
    var rows = view.policies.filter { match.matches(p[$0]) }
    if sortState(.policies)?.key == .id { rows.sort { p[$0].id < p[$1].id } }
    return applyDirection(rows, .policies)
  }
}

import ChengyuCore

extension ScreenKind {
  public static let agreements = ScreenKind("agreements")
}

/// The Agreements tab: every agreement of the filtered view, by date.
struct AgreementsScreen: ItemListScreen {
  let kind = ScreenKind.agreements
  let title = TUIMsg.tabAgreements
  let tab: TabEntry? = TabEntry(help: .tabAgreementsHelp)
  let sortKeys: [SortKey] = [.date, .id, .parties]

  func items(_ state: AppState, _ key: ListKey) -> [Int] { state.agreementRows() }
  func identity(_ state: AppState, item a: Int) -> RowIdentity { .agreement(a) }
  func destination(_ state: AppState, item a: Int) -> ScreenID? { .agreement(a) }

  /// By date (the view's order), id, or party count (most first, then by date).
  func sortedOrder(_ state: AppState) -> [Int]? {
    var rows = state.view.agreements
    let a = state.dataset.agreements
    switch state.sortState(kind)?.key {
    case .id: rows.sort { a.id($0) < a.id($1) }
    case .parties:
      // Columns, not `a[i]`: a sort of 10⁵ rows must not build two agreements per comparison.
      rows.sort { a.partyCount($0) != a.partyCount($1) ? a.partyCount($0) > a.partyCount($1) : a.dateKey($0) < a.dateKey($1) }
    default: break  // the view keeps date order
    }
    return state.applyDirection(rows, kind)
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    AgreementTable.render(state, rows: state.agreementRows(), list: state.list(ListKey(.agreements)),
                          sort: state.sortState(kind), in: body, pen: pen, into: &buffer)
  }
}

extension AppState {
  /// Agreements (indices into the dataset) of the Agreements list, sorted and narrowed.
  public func agreementRows() -> [Int] {
    matchingAgreements(rowOrder(.agreements), search: searchText(.agreements))
  }
}

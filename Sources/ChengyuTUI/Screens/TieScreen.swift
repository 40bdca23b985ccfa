import ChengyuCore

extension ScreenKind {
  public static let tie = ScreenKind("tie")
}

/// One tie: its two cities, weight and families, and the agreements behind it.
struct TieScreen: ItemListScreen {
  let kind = ScreenKind.tie
  let title = TUIMsg.screenTie

  func items(_ state: AppState, _ key: ListKey) -> [Int] {
    guard case .tie(let a, let b) = key.screen else { return [] }
    return state.tieAgreementRows(a, b)
  }

  func identity(_ state: AppState, item a: Int) -> RowIdentity { .agreement(a) }
  func destination(_ state: AppState, item a: Int) -> ScreenID? { .agreement(a) }

  /// Below the info line and the column titles.
  func viewport(_ state: AppState, _ key: ListKey) -> Int { max(1, ScreenLayout.bodyRows(state) - 2) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard case .tie(let a, let b) = screen else { return }
    // In id order, as the Ties list shows the pair (its nodes are numbered in id order).
    let (ca, cb) = [state.dataset.cities[a], state.dataset.cities[b]].sorted { $0.id < $1.id }.pair
    let rows = state.tieAgreementRows(a, b)
    let facts = " \(pen.dot) " + (rows.isEmpty ? state.t(TUIMsg.tieNoTie) : state.t(TUIMsg.tieWeight, rows.count) + " \(pen.dot) \(state.familyCounts(rows))")
    let info = state.subjectLine([ca, cb], separator: " \(pen.dash) ", facts: facts, width: body.width - 1)
    pen.put(&buffer, info, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    let rect = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
    AgreementTable.render(state, rows: rows, list: state.list(ListKey(screen)), in: rect, pen: pen, into: &buffer)
  }
}

extension AppState {
  /// Agreements behind the tie between two cities under the current filter.
  public func tieAgreementRows(_ a: Int, _ b: Int) -> [Int] {
    guard let u = view.nodeOf[a], let v = view.nodeOf[b], let t = view.graph.tie(between: u, and: v) else { return [] }
    return matchingAgreements(Array(view.graph.ties[t].agreements), search: searchText(.tie(a, b)))
  }
}

extension Array {
  /// The first two elements (the array has at least two).
  fileprivate var pair: (Element, Element) { (self[0], self[1]) }
}

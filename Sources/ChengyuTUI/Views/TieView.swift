import ChengyuCore

/// One tie: its two cities, weight and families, and the agreements behind it.
enum TieView {
  static func render(_ state: AppState, _ a: Int, _ b: Int, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let (ca, cb) = (state.dataset.cities[a], state.dataset.cities[b])
    let rows = state.tieAgreementRows(a, b)
    let facts = " \(pen.dot) " + (rows.isEmpty ? "no tie under the current filter" : "weight \(rows.count) \(pen.dot) \(state.familyCounts(rows))")
    let info = state.subjectLine([ca, cb], separator: " \(pen.dash) ", facts: facts, width: body.width - 1)
    pen.put(&buffer, info, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    let rect = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
    AgreementsView.table(state, rows: rows, list: state.list(ListKey(.tie(a, b))), in: rect, pen: pen, into: &buffer)
  }
}

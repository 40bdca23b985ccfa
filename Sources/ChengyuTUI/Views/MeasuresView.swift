import ChengyuCore

/// The network summary (counts, density, degrees, families) and the most connected cities.
enum MeasuresView {
  /// Rows above the table: three summary lines and a rule.
  static let summaryRows = 4

  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let v = state.view
    let g = v.graph
    let n = g.nodeCount
    let meanDegree = n == 0 ? 0 : Double(state.degrees.reduce(0, +)) / Double(n)
    let totalWeight = g.ties.reduce(0) { $0 + $1.weight }
    var gov = 0
    for i in v.agreements where state.dataset.agreements[i].family == .governance { gov += 1 }
    let hub = state.degrees.indices.max { (state.degrees[$0], state.view.city(node: $1).nameEn) < (state.degrees[$1], state.view.city(node: $0).nameEn) }
    let lines = [
      "Nodes \(n)   Ties \(g.tieCount)   Total tie weight \(totalWeight)   Density \(Format.fixed(g.density, 3))",
      "Mean degree \(Format.fixed(meanDegree, 2))   Max degree " + (hub.map { "\(state.degrees[$0]) (\(state.name(v.city(node: $0))))" } ?? "0")
        + "   Components \(state.componentSizes.count) (largest \(state.componentSizes.max() ?? 0))",
      "Agreements \(v.agreements.count): G governance \(gov), C collaboration \(v.agreements.count - gov)   Policies \(v.policies.count)",
    ]
    for (i, line) in lines.enumerated() where i < body.height {
      pen.put(&buffer, line, x: body.x + 1, y: body.y + i, width: body.width - 1)
    }
    guard body.height > summaryRows else { return }
    pen.rule(&buffer, Rect(x: body.x, y: body.y + 3, width: body.width, height: 1), title: state.betweenness.isEmpty && n > 0
      ? "Top cities \(pen.dot) betweenness not computed: :compute-betweenness" : "Top cities")
    let rect = Rect(x: body.x, y: body.y + summaryRows, width: body.width, height: body.height - summaryRows)
    CitiesView.cityTable(state, rows: state.measureRows(), list: state.list(ListKey(.measures)), kind: .measures,
                         in: rect, pen: pen, into: &buffer)
  }
}

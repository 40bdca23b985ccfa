import ChengyuCore

/// One city: a summary line, its partners (left), its agreements per year as a small chart and
/// its agreements (right). Left/right move between the two lists.
enum CityView {
  static func render(_ state: AppState, city c: Int, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let city = state.dataset.cities[c]
    let panes = ScreenLayout.cityPanes(body)
    let partners = state.partnerRows(city: c)
    let agreements = state.cityAgreementRows(city: c)
    var facts = " \(pen.dot) \(state.provinceName(city)) \(city.level.rawValue)"
    if let node = state.view.nodeOf[c] {
      facts += " \(pen.dot) ties \(state.degrees[node]) \(pen.dot) strength \(state.strengths[node]) \(pen.dot) agreements \(agreements.count)"
    } else {
      facts += " \(pen.dot) no ties under the current filter"
    }
    let info = state.subjectLine([city], separator: "", facts: facts, width: panes.info.width - 1)
    pen.put(&buffer, info, x: panes.info.x + 1, y: panes.info.y, width: panes.info.width - 1, style: Styles.title)

    let focus = state.focus[.city(c)] ?? 0
    let left = Rect(x: panes.partners.x, y: panes.partners.y, width: panes.partners.width - 1, height: panes.partners.height)
    // A wide pane has room for the partner's pinyin name too (in ASCII mode the name is pinyin).
    let pinyin = left.width >= 56 && !state.asciiMode
    var columns = [Column("Partner", pinyin ? 18 : 0), Column("Weight", 6, right: true), Column("Mech", 7)]
    if pinyin { columns.append(Column("Pinyin", 0)) }
    var table = TableView(columns: columns, focused: focus == 0)
    table.highlight = state.searchText(state.screen)
    table.render(in: left, count: partners.count, list: state.list(ListKey(.city(c), pane: 0)), pen: pen, into: &buffer) { row, col in
      let (t, partner) = partners[row]
      let tie = state.view.graph.ties[t]
      let city = state.view.city(node: partner)
      switch col {
      case 0: return (state.name(city), nil)
      case 1: return (String(tie.weight), nil)
      case 2: return (state.familyCounts(tie.agreements), nil)
      default: return (city.nameEn, Styles.dim)
      }
    }
    pen.vline(&buffer, Rect(x: panes.partners.maxX - 1, y: panes.partners.y, width: 1, height: panes.partners.height))
    let chart = Rect(x: panes.chart.x + 1, y: panes.chart.y, width: panes.chart.width - 1, height: panes.chart.height)
    YearChart.render(state, agreements: agreements, in: chart, pen: pen, into: &buffer)
    let right = Rect(x: panes.agreements.x + 1, y: panes.agreements.y, width: panes.agreements.width - 1, height: panes.agreements.height)
    AgreementsView.table(state, rows: agreements, list: state.list(ListKey(.city(c), pane: 1)), focused: focus == 1,
                         in: right, pen: pen, into: &buffer)
  }
}

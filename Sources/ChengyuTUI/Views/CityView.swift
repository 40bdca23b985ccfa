import ChengyuCore

/// One city: a summary line, its partners (left), its agreements per year as a small chart and
/// its agreements (right). Left/right move between the two lists.
enum CityView {
  static func render(_ state: AppState, city c: Int, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let city = state.dataset.cities[c]
    let panes = ScreenLayout.cityPanes(body)
    let partners = state.partnerRows(city: c)
    let agreements = state.cityAgreementRows(city: c)
    var info = "\(state.name(city)) \(city.nameEn) \(pen.dot) \(state.provinceName(city)) \(city.level.rawValue)"
    if let node = state.view.nodeOf[c] {
      info += " \(pen.dot) ties \(state.degrees[node]) \(pen.dot) strength \(state.strengths[node]) \(pen.dot) agreements \(agreements.count)"
    } else {
      info += " \(pen.dot) no ties under the current filter"
    }
    pen.put(&buffer, info, x: panes.info.x + 1, y: panes.info.y, width: panes.info.width - 1, style: Style(fg: .title, bold: true))

    let focus = state.focus[.city(c)] ?? 0
    var table = TableView(columns: [Column("Partner", 0), Column("Weight", 6, right: true), Column("Mech", 7)], focused: focus == 0)
    table.highlight = state.searchText(state.screen)
    let left = Rect(x: panes.partners.x, y: panes.partners.y, width: panes.partners.width - 1, height: panes.partners.height)
    table.render(in: left, count: partners.count, list: state.list(ListKey(.city(c), pane: 0)), pen: pen, into: &buffer) { row, col in
      let (t, partner) = partners[row]
      let tie = state.view.graph.ties[t]
      switch col {
      case 0: return (state.name(state.view.city(node: partner)), nil)
      case 1: return (String(tie.weight), nil)
      default: return (state.familyCounts(tie.agreements), nil)
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

/// A small column chart of agreements per year: governance at the bottom of each column in a
/// solid glyph, collaboration above it shaded, so the split reads without colour.
enum YearChart {
  static func render(_ state: AppState, agreements: [Int], in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard rect.height >= 4, rect.width >= 8 else { return }
    let span = state.datasetYears
    var years = Array(span)
    // Two columns per year; keep the latest years when the pane is narrow.
    let fit = max(1, (rect.width - 4) / 2)
    if years.count > fit { years = Array(years.suffix(fit)) }
    var gov = [Int: Int](), col = [Int: Int]()
    for i in agreements {
      let a = state.dataset.agreements[i]
      if a.family == .governance { gov[a.date.year, default: 0] += 1 } else { col[a.date.year, default: 0] += 1 }
    }
    let top = years.map { gov[$0, default: 0] + col[$0, default: 0] }.max() ?? 0
    pen.put(&buffer, "Agreements per year (max \(top))", x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .title, bold: true))
    let bars = rect.height - 3
    for (i, year) in years.enumerated() {
      let (g, c) = (gov[year, default: 0], col[year, default: 0])
      let total = cells(g + c, top, bars)
      var gh = g == 0 ? 0 : max(1, (g * bars + top / 2) / top)
      if c > 0 { gh = min(gh, total - 1) }  // keep a shaded cell so collaboration shows
      for level in 0..<total {
        let y = rect.y + bars - level
        let isGov = level < gh
        pen.put(&buffer, isGov ? pen.governanceBar : pen.collaborationBar, x: rect.x + 2 * i, y: y, width: 1,
                style: Styles.family(isGov ? .governance : .collaboration))
      }
    }
    let axisY = rect.y + bars + 1
    if let first = years.first, let last = years.last {
      pen.put(&buffer, String(first), x: rect.x, y: axisY, width: rect.width, style: Styles.dim)
      let lastX = rect.x + 2 * (years.count - 1) - 3
      if lastX > rect.x + 5 { pen.put(&buffer, String(last), x: lastX, y: axisY, width: 4, style: Styles.dim) }
    }
    let legend = "\(pen.governanceBar) G governance  \(pen.collaborationBar) C collaboration"
    pen.put(&buffer, legend, x: rect.x, y: axisY + 1, width: rect.width, style: Styles.dim)
  }

  /// Cells of a bar of `n` out of `top` in `height` cells; a non-zero count gets at least one.
  static func cells(_ n: Int, _ top: Int, _ height: Int) -> Int {
    guard n > 0, top > 0 else { return 0 }
    return max(1, (n * height + top - 1) / top)
  }
}

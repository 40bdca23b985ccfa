import ChengyuCore

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
      let a = state.dataset.agreements  // columns: this runs over every agreement of the view
      if a.family(i) == .governance { gov[a.year(i), default: 0] += 1 } else { col[a.year(i), default: 0] += 1 }
    }
    let top = years.map { gov[$0, default: 0] + col[$0, default: 0] }.max() ?? 0
    pen.put(&buffer, state.t(TUIStatusMsg.perYearChart, top), x: rect.x, y: rect.y, width: rect.width, style: Styles.title)
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
    let legend = state.t(TUIStatusMsg.chartLegend, pen.governanceBar, pen.collaborationBar)
    pen.put(&buffer, legend, x: rect.x, y: axisY + 1, width: rect.width, style: Styles.dim)
  }

  /// Cells of a bar of `n` out of `top` in `height` cells; a non-zero count gets at least one.
  static func cells(_ n: Int, _ top: Int, _ height: Int) -> Int {
    guard n > 0, top > 0 else { return 0 }
    return max(1, (n * height + top - 1) / top)
  }
}

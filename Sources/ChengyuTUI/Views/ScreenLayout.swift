/// Where things go on the screen: one function used by the views to draw and by the reducer to
/// know how many rows a page has, so scrolling and drawing agree.
public enum ScreenLayout {
  /// Rows of the timeline kept at least for the milestones of the selected year (a rule and a
  /// line); the years come first, the milestones take what is left.
  static let milestoneRows = 2
  /// Rows of the city screen's per-year chart (bars, axis and legend).
  static let chartRows = 7

  /// The tab bar, the filter header, the body and the hint bar.
  public static func chrome(_ size: Size) -> (tabs: Rect, header: Rect, body: Rect, hint: Rect) {
    let parts = Layout.split(Rect(size), .vertical, [.length(1), .length(1), .fill(1), .length(1)])
    return (parts[0], parts[1], parts[2], parts[3])
  }

  /// The city screen: info line, then partners on the left and chart plus agreements on the right.
  static func cityPanes(_ body: Rect) -> (info: Rect, partners: Rect, chart: Rect, agreements: Rect) {
    let (info, rest) = body.splitTop(1)
    let (left, right) = rest.splitLeft(rest.width / 2)
    let (chart, agreements) = right.splitTop(chartRows)
    return (info, left, chart, agreements)
  }

  /// Data rows a list shows (its header lines excluded).
  public static func listRows(for key: ListKey, in state: AppState) -> Int {
    let body = chrome(state.size).body
    let rows: Int
    switch key.screen {
    case .cities, .ties, .agreements, .policies, .filters, .agreement, .policy: rows = body.height - 1
    case .help: rows = body.height - HelpView.footerRows
    case .measures: rows = body.height - MeasuresView.summaryRows - 1
    case .tie: rows = body.height - 2
    case .timeline: rows = min(state.timelineRows().count, body.height - 1 - milestoneRows)
    case .city:
      let panes = cityPanes(body)
      rows = (key.pane == 0 ? panes.partners.height : panes.agreements.height) - 1
    }
    return max(1, rows)
  }
}

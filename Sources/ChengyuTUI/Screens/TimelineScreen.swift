import ChengyuCore

extension ScreenKind {
  public static let timeline = ScreenKind("timeline")
}

/// Agreements per year as bars split by mechanism family (solid governance, shaded
/// collaboration), policy milestones counted with a diamond, the chosen year window marked; below,
/// the policies of the selected year. `v` shows a year's months in a second list (pane 1).
struct TimelineScreen: ExplorerScreen {
  /// Rows kept at least for the milestones of the selected year (a rule and a line); the years
  /// come first, the milestones take what is left.
  static let milestoneRows = 2
  let kind = ScreenKind.timeline
  let title = "Timeline"
  let tab: TabEntry? = TabEntry(help: "Show agreements per year by mechanism family, with policy milestones.")
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.timelineRows(months: key.pane == 1 ? state.timelineMonths : nil).count }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? {
    state.timelineRows(months: key.pane == 1 ? state.timelineMonths : nil).map { .period($0.year, $0.month) }
  }

  func viewport(_ state: AppState, _ key: ListKey) -> Int {
    max(1, min(state.timelineRows().count, ScreenLayout.bodyRows(state) - 1 - Self.milestoneRows))
  }

  /// Enter: the selected year (or the year of the selected month) alone.
  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    guard let y = state.timelineRows().indices.contains(row) ? state.timelineRows()[row].year : nil else { return }
    var f = state.filter
    f.years = y...y
    state.applyFilter(f)
    state.status = "Showing \(y) only; y shows every year"
  }

  func hintLabel(_ command: Command, pane: Int) -> String? { command.id == "open" ? "year only" : command.hint }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.timelineRows()
    let window = state.filter.years
    let period = state.timelineMonths.map { "month of \($0)" } ?? "year"
    var title = "Agreements per \(period)  \(pen.governanceBar) governance  \(pen.collaborationBar) collaboration  \(pen.milestone) policies"
    title += window.map { " \(pen.dot) \($0.lowerBound)\(pen.dash)\($0.upperBound)" } ?? " \(pen.dot) all years"
    pen.put(&buffer, title, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    let key = ListKey(.timeline, pane: state.timelineMonths == nil ? 0 : 1)
    let viewport = self.viewport(state, key)
    let list = state.list(key).visible(count: rows.count, viewport: viewport)
    let top = rows.map(\.agreements).max() ?? 0
    // Columns: marker, year, bar, total, split, milestones.
    let barX = body.x + 11
    let barWidth = max(1, body.width - 11 - 22)
    for line in 0..<viewport {
      let i = list.offset + line
      guard i < rows.count else { break }
      let r = rows[i]
      let y = body.y + 1 + line
      let inWindow = window?.contains(r.year) ?? true
      let selected = i == list.selected
      if selected { buffer.fill(Rect(x: body.x, y: y, width: 10, height: 1), style: Styles.selection) }
      let yearStyle = selected ? Styles.selection : (inWindow ? Style(fg: .normal, bold: window != nil) : Styles.dim)
      let label = r.month.map { "\(r.year)-" + ($0 < 10 ? "0" : "") + "\($0)" } ?? (state.timelineMonths == nil ? "\(r.year)" : "\(r.year) ?")
      pen.put(&buffer, (inWindow && window != nil ? pen.chevron : " ") + " " + label, x: body.x, y: y, width: 10, style: yearStyle)
      // Each family is scaled on its own, so equal counts draw equal bars; rounding up can
      // overshoot the width by a cell, taken from the longer part.
      var gw = YearChart.cells(r.governance, top, barWidth)
      var cw = YearChart.cells(r.collaboration, top, barWidth)
      if gw + cw > barWidth { if gw > cw { gw -= 1 } else { cw -= 1 } }
      let total = gw + cw
      let dimmed = !inWindow
      pen.put(&buffer, String(repeating: pen.governanceBar, count: gw), x: barX, y: y, width: barWidth,
              style: dimmed ? Styles.dim : Styles.family(.governance))
      pen.put(&buffer, String(repeating: pen.collaborationBar, count: total - gw), x: barX + gw, y: y, width: barWidth - gw,
              style: dimmed ? Styles.dim : Styles.family(.collaboration))
      let numbers = DisplayWidth.pad(String(r.agreements), to: 4, alignRight: true) + "  "
        + DisplayWidth.pad("G\(r.governance) C\(r.collaboration)", to: 9)
        + (r.policies > 0 ? "\(pen.milestone)\(r.policies)" : "")
      pen.put(&buffer, numbers, x: barX + barWidth + 1, y: y, width: 21, style: dimmed ? Styles.dim : .plain)
    }
    let rest = Rect(x: body.x, y: body.y + 1 + viewport, width: body.width, height: body.height - 1 - viewport)
    if rows.indices.contains(list.selected) { milestones(state, year: rows[list.selected].year, in: rest, pen: pen, into: &buffer) }
  }

  /// The policy documents of a year (ignoring the year filter, like the bars).
  func milestones(_ state: AppState, year: Int, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard rect.height >= 2 else { return }
    let policies = state.model.policiesByYear[year] ?? []
    pen.rule(&buffer, Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), title: "\(pen.milestone) Policies \(year): \(policies.count)")
    let lines = rect.height - 1
    // When they do not all fit, the last line says how many more there are.
    let shown = policies.count > lines ? lines - 1 : policies.count
    for (line, i) in policies.prefix(shown).enumerated() {
      let p = state.dataset.policies[i]
      let text = "\(DisplayWidth.pad(p.date.description, to: 10)) \(p.id) \(state.title(p))"
      pen.put(&buffer, text, x: rect.x + 1, y: rect.y + 1 + line, width: rect.width - 1)
    }
    if shown < policies.count {
      pen.put(&buffer, "+\(policies.count - shown) more: 4 shows every policy", x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 1, style: Styles.dim)
    }
  }
}

extension AppState {
  /// Counts per year for the timeline, over every year of the data, ignoring the year filter;
  /// or, when a year is opened with `v`, its twelve months and its events with no month.
  public func timelineRows() -> [PeriodCount] { timelineRows(months: timelineMonths) }

  /// The yearly rows (nil) or the monthly rows of a year.
  func timelineRows(months year: Int?) -> [PeriodCount] {
    year.map(model.timeline.countsByMonth) ?? model.timelineYears
  }

  /// `[` and `]`: the selected year becomes the first or the last of the window.
  mutating func setWindowEdge(start: Bool) {
    let rows = timelineRows()
    let i = list(currentListKey).selected
    guard rows.indices.contains(i) else { return }
    let y = rows[i].year
    let lo = filter.years?.lowerBound ?? datasetYears.lowerBound
    let hi = filter.years?.upperBound ?? datasetYears.upperBound
    var f = filter
    f.years = start ? y...max(y, hi) : min(lo, y)...y
    applyFilter(f)
    status = "Years \(f.years!.lowerBound)–\(f.years!.upperBound)"
  }

  /// `v`: the months of the selected year, or back to the years.
  mutating func toggleMonths() {
    if timelineMonths == nil {
      let rows = timelineRows()
      let i = list(ListKey(.timeline)).selected
      guard rows.indices.contains(i) else { return }
      timelineMonths = rows[i].year
      focus[.timeline] = 1
      lists[ListKey(.timeline, pane: 1)] = ListState()
    } else {
      timelineMonths = nil
      focus[.timeline] = 0
    }
    clampAllLists()
  }
}

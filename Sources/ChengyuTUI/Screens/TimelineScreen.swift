import ChengyuCore

extension ScreenKind {
  public static let timeline = ScreenKind("timeline")
}

/// Agreements per year as bars split by mechanism family (solid governance, shaded
/// collaboration), policy milestones counted with a diamond, the chosen year window marked; below,
/// the policies of the selected year, each with the agreements of the N months after it (those
/// among the governments it mentions) and before it (`PolicyFollowUp`, read from
/// `AnalysisViewState.followUps`, counted off the key path; `w` changes N). `v` shows a year's
/// months in a second list (pane 1); right moves into the policies (pane 2), where Enter opens one.
struct TimelineScreen: ExplorerScreen {
  /// Rows kept at least for the milestones of the selected year (a rule and a line); the years
  /// come first, the milestones take what is left.
  static let milestoneRows = 2
  let kind = ScreenKind.timeline
  let title = TUIMsg.tabTimeline
  let tab: TabEntry? = TabEntry(help: .tabTimelineHelp)
  let searchable = false

  /// The pane of the policies of the selected year.
  static let policyPane = 2

  func rowCount(_ state: AppState, _ key: ListKey) -> Int {
    if key.pane == Self.policyPane { return state.timelinePolicies().count }
    return state.timelineRows(months: key.pane == 1 ? state.timelineMonths : nil).count
  }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? {
    if key.pane == Self.policyPane { return state.timelinePolicies().map(RowIdentity.policy) }
    return state.timelineRows(months: key.pane == 1 ? state.timelineMonths : nil).map { .period($0.year, $0.month) }
  }

  func viewport(_ state: AppState, _ key: ListKey) -> Int {
    let years = Self.yearRows(state)
    return key.pane == Self.policyPane ? max(1, ScreenLayout.bodyRows(state) - 2 - years) : years
  }

  /// Rows of the year (or month) list: all that leave the milestones their rows.
  static func yearRows(_ state: AppState) -> Int {
    max(1, min(state.timelineRows().count, ScreenLayout.bodyRows(state) - 1 - milestoneRows))
  }

  /// Enter: the selected year (or the year of the selected month) alone; on a policy, its record.
  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    if key.pane == Self.policyPane {
      let policies = state.timelinePolicies()
      if policies.indices.contains(row) { state.show(.policy(policies[row])) }
      return
    }
    guard let y = state.timelineRows().indices.contains(row) ? state.timelineRows()[row].year : nil else { return }
    var f = state.filter
    f.years = y...y
    state.applyFilter(f)
    state.status = state.t(TUIStatusMsg.showingYear, y)
  }

  func hintLabel(_ command: Command, pane: Int) -> String? {
    switch command.id {
    case "open": pane == Self.policyPane ? command.hint : TUIHintMsg.yearOnly.rawValue
    case "timeline-policies": pane == Self.policyPane ? nil : command.hint
    case "timeline-years": pane == Self.policyPane ? TUIHintMsg.years.rawValue : nil
    default: command.hint
    }
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.timelineRows()
    let window = state.filter.years
    let period = state.timelineMonths.map { state.t(TUIStatusMsg.perMonth, $0) } ?? state.t(TUIStatusMsg.perYear)
    var title = state.t(TUIStatusMsg.timelineTitle, period, pen.governanceBar, pen.collaborationBar, pen.milestone)
    title += " \(pen.dot) " + (window.map { "\($0.lowerBound)\(pen.dash)\($0.upperBound)" } ?? state.t(TUIStatusMsg.allYears))
    pen.put(&buffer, title, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    let key = ListKey(.timeline, pane: state.timelineMonths == nil ? 0 : 1)
    let viewport = Self.yearRows(state)
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
      let cursor = state.focusedPane == Self.policyPane ? Styles.unfocusedSelection : Styles.selection
      if selected { buffer.fill(Rect(x: body.x, y: y, width: 10, height: 1), style: cursor) }
      let yearStyle = selected ? cursor : (inWindow ? Style(fg: .normal, bold: window != nil) : Styles.dim)
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
        + DisplayWidth.pad("\(MechanismFamily.governance.letter(state.lang))\(r.governance) \(MechanismFamily.collaboration.letter(state.lang))\(r.collaboration)", to: 9)
        + (r.policies > 0 ? "\(pen.milestone)\(r.policies)" : "")
      pen.put(&buffer, numbers, x: barX + barWidth + 1, y: y, width: 21, style: dimmed ? Styles.dim : .plain)
    }
    let rest = Rect(x: body.x, y: body.y + 1 + viewport, width: body.width, height: body.height - 1 - viewport)
    if rows.indices.contains(list.selected) { milestones(state, year: rows[list.selected].year, in: rest, pen: pen, into: &buffer) }
  }

  /// The policy documents of a year (ignoring the year filter, like the bars), each with what
  /// followed it: the agreements in the window after it (among the governments it mentions)
  /// and before it. A list (pane 2) when focused.
  func milestones(_ state: AppState, year: Int, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard rect.height >= 2 else { return }
    let policies = state.timelinePolicies()
    let followUps = state.analysisViews.followUps
    // Until the counts arrive (computed off the key path) the rule says they are being counted.
    let rule = state.t(TUIStatusMsg.policiesOfYear, pen.milestone, year, policies.count)
      + (policies.isEmpty ? "" : followUps == nil ? WorkPlaceholder.text(state, .followUps, pen: pen)
        : state.t(TUIAnalysisMsg.followUpRule, pen.dot, state.analysisViews.followUpMonths))
    pen.rule(&buffer, Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), title: rule)
    let lines = rect.height - 1
    let focused = state.focusedPane == Self.policyPane
    let list = state.list(ListKey(.timeline, pane: Self.policyPane)).visible(count: policies.count, viewport: lines)
    // Unfocused, the first rows show and the last line says how many more there are; focused,
    // the list scrolls.
    let more = !focused && policies.count > lines
    let shown = more ? lines - 1 : min(lines, policies.count - list.offset)
    let start = focused ? list.offset : 0
    for line in 0..<max(0, shown) {
      let i = policies[start + line]
      let p = state.dataset.policies[i]
      let y = rect.y + 1 + line
      let counts = followUps?.byPolicy[i].map { f in
        state.t(TUIAnalysisMsg.followUpRow, f.after, f.amongMentioned, pen.dot, f.before)
      } ?? ""
      let countWidth = DisplayWidth.of(pen.fold(counts))
      let selected = focused && start + line == list.selected
      if selected { buffer.fill(Rect(x: rect.x, y: y, width: 11, height: 1), style: Styles.selection) }
      pen.put(&buffer, DisplayWidth.pad(p.date.description, to: 10), x: rect.x + 1, y: y, width: 10, style: selected ? Styles.selection : .plain)
      // The counts keep their place at the right; a narrow screen drops the title, not them.
      let titleWidth = rect.width - 13 - (countWidth > 0 ? countWidth + 2 : 0)
      let text = titleWidth > 10 ? "\(p.id) \(state.title(p))" : p.id
      pen.put(&buffer, text, x: rect.x + 12, y: y, width: max(0, max(titleWidth, DisplayWidth.of(p.id))))
      pen.put(&buffer, counts, x: max(rect.x + 13 + DisplayWidth.of(p.id), rect.maxX - countWidth - 1), y: y,
              width: max(0, min(countWidth, rect.maxX - 1 - (rect.x + 13 + DisplayWidth.of(p.id)))), style: Styles.dim)
    }
    if more {
      let tab = ScreenID.tabs.firstIndex(of: .policies).flatMap(ScreenRegistry.digit(ofTab:)).map { state.t(TUIStatusMsg.moreKey, $0) } ?? ""
      pen.put(&buffer, state.t(TUIStatusMsg.morePolicies, policies.count - shown, tab), x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 1, style: Styles.dim)
    }
  }
}

extension AppState {
  /// Counts per year for the timeline, over every year of the data, ignoring the year filter;
  /// or, when a year is opened with `v`, its twelve months and its events with no month.
  public func timelineRows() -> [PeriodCount] { timelineRows(months: timelineMonths) }

  /// The yearly rows (nil) or the monthly rows of a year.
  func timelineRows(months year: Int?) -> [PeriodCount] {
    year.map(model.countsByMonth) ?? model.timelineYears
  }

  /// The policies of the year selected on the timeline (or of the year whose months are shown),
  /// by date.
  public func timelinePolicies() -> [Int] {
    let rows = timelineRows()
    let i = list(ListKey(.timeline, pane: timelineMonths == nil ? 0 : 1)).selected
    guard let year = timelineMonths ?? (rows.indices.contains(i) ? rows[i].year : nil) else { return [] }
    return model.policiesByYear[year] ?? []
  }

  /// Right and left on the timeline: into the selected year's policies, or back to the years.
  mutating func focusTimelinePolicies(_ into: Bool) {
    if into {
      guard !timelinePolicies().isEmpty else {
        let rows = timelineRows()
        let i = list(ListKey(.timeline, pane: timelineMonths == nil ? 0 : 1)).selected
        status = t(TUIAnalysisMsg.followUpNone, timelineMonths ?? (rows.indices.contains(i) ? rows[i].year : 0))
        return
      }
      focus[.timeline] = TimelineScreen.policyPane
      lists[ListKey(.timeline, pane: TimelineScreen.policyPane)] = ListState()
    } else {
      focus[.timeline] = timelineMonths == nil ? 0 : 1
    }
  }

  /// `[` and `]`: the selected year becomes the first or the last of the window.
  mutating func setWindowEdge(start: Bool) {
    let rows = timelineRows()
    let i = list(ListKey(.timeline, pane: timelineMonths == nil ? 0 : 1)).selected  // not the policies'
    guard rows.indices.contains(i) else { return }
    let y = rows[i].year
    let lo = filter.years?.lowerBound ?? datasetYears.lowerBound
    let hi = filter.years?.upperBound ?? datasetYears.upperBound
    var f = filter
    f.years = start ? y...max(y, hi) : min(lo, y)...y
    applyFilter(f)
    status = t(TUIStatusMsg.yearsAre, f.years!.lowerBound, f.years!.upperBound)
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

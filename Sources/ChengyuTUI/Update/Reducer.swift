import ChengyuCore

/// Applies an action to the state: pure and synchronous (no terminal, no files), so every
/// behaviour of the explorer can be tested by feeding actions and reading the state.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  // A message lasts until the next action; a resize (also the run loop's first event) keeps it.
  if case .resize = action {} else { state.status = nil }
  if state.isTooSmall {
    // Only quitting and resizing mean anything on the "too small" screen.
    switch action {
    case .quit, .resize, .redraw: break
    default: return []
    }
  }
  switch action {
  case .move(let n): state.moveSelection { $0 + n }
  case .page(let fraction):
    let rows = max(1, Int(Double(state.viewport(state.currentListKey)) * abs(fraction)))
    state.moveSelection { $0 + (fraction < 0 ? -rows : rows) }
  case .top: state.moveSelection { _ in 0 }
  case .bottom: state.moveSelection { _ in Int.max / 2 }
  case .open: state.openSelection()
  case .back: state.goBack()
  case .show(let screen): state.show(screen)
  case .nextTab, .previousTab:
    let current = state.stack[0].tabIndex ?? 0
    let n = ScreenID.tabs.count
    state.stack = [ScreenID.tabs[(current + (action == .nextTab ? 1 : n - 1)) % n]]
  case .beginSearch, .beginCommand, .promptInput, .promptBackspace, .promptClear, .promptCommit, .promptCancel,
    .promptChoice:
    return state.handlePrompt(action)
  case .cycleFamily:
    var f = state.filter
    f.families = FamilyCycle.next(f.families)
    state.applyFilter(f)
    state.status = "Mechanism family: " + (f.families.first?.rawValue ?? "all")
  case .cycleAggregation:
    state.applyFilter(state.filter(changing: .aggregation, step: 1))
    state.status = "Aggregation: " + state.filter.aggregation.rawValue
  case .toggleInRegion: state.applyFilter(state.filter(changing: .inRegion, step: 0))
  case .toggleCrossBorder: state.applyFilter(state.filter(changing: .crossBorder, step: 0))
  case .clearFilters:
    let searched = state.search.values.contains { !$0.isEmpty }
    state.applyFilter(state.filter.cleared(), clearingSearches: true)
    state.status = searched ? "Filters and searches cleared" : "Filters cleared"
  case .setYears(let years):
    var f = state.filter
    f.years = years
    state.applyFilter(f)
  case .windowStart, .windowEnd: state.setWindowEdge(start: action == .windowStart)
  case .toggleMonths: state.toggleMonths()
  case .adjust(let step):
    let rows = state.filterRows()
    let i = state.list(state.currentListKey).selected
    if state.screen == .filters, rows.indices.contains(i) {
      state.applyFilter(state.filter(changing: rows[i], step: step))
    }
  case .focusPane(let pane):
    state.focus[state.screen] = pane
  case .openPartner: state.openPartner()
  case .sortNext, .sortReverse: state.changeSort(next: action == .sortNext)
  case .run(let id): return state.run(commandID: id)
  case .beginExport, .exportFinished, .confirmOverwrite: return state.handleExport(action)
  case .toggleASCII: state.asciiMode.toggle()
  case .computeMeasures:
    state.computeMeasures()
    state.status = "Measures computed for \(state.view.graph.nodeCount) cities"
  case .resize(let size):
    state.size = size
    state.clampAllLists()
    return [.redrawAll]
  case .redraw: return [.redrawAll]
  case .quit:
    state.quitRequested = true
    return [.quit]
  }
  return []
}

extension AppState {
  /// Rows visible in a list at the current size (the views draw the same number).
  public func viewport(_ key: ListKey) -> Int {
    ScreenLayout.listRows(for: key, in: self)
  }

  mutating func moveSelection(_ change: (Int) -> Int) {
    let key = currentListKey
    var list = list(key)
    list.selected = change(list.selected)
    list.clamp(count: rowCount(key), viewport: viewport(key))
    lists[key] = list
  }

  mutating func show(_ screen: ScreenID) {
    if case .tie(let a, let b) = screen, a > b { return show(.tie(b, a)) }
    if screen.tabIndex != nil && screen != .help {
      stack = [screen]
    } else if self.screen != screen {
      stack.append(screen)
    }
  }

  mutating func goBack() {
    if screen == .timeline, timelineMonths != nil {
      toggleMonths()
    } else if let text = search[screen], !text.isEmpty {
      search[screen] = nil
      clampAllLists()
    } else if stack.count > 1 {
      stack.removeLast()
    } else if screen != .cities {
      stack = [.cities]
    } else {
      status = "At the first screen; q quits"
    }
  }

  mutating func openSelection() {
    let i = list(currentListKey).selected
    func pick<T>(_ rows: [T]) -> T? { rows.indices.contains(i) ? rows[i] : nil }
    switch screen {
    case .cities: if let n = pick(cityRows()) { show(.city(view.graph.nodes[n])) }
    case .measures: if let n = pick(measureRows()) { show(.city(view.graph.nodes[n])) }
    case .ties:
      if let t = pick(tieRows()) {
        let tie = view.graph.ties[t]
        show(tieScreen(view.graph.nodes[tie.a], view.graph.nodes[tie.b]))
      }
    case .agreements: if let a = pick(agreementRows()) { show(.agreement(a)) }
    case .policies: if let p = pick(policyRows()) { show(.policy(p)) }
    case .city(let c):
      if focusedPane == 0, let row = pick(partnerRows(city: c)) {
        show(tieScreen(c, view.graph.nodes[row.partner]))
      } else if focusedPane == 1, let a = pick(cityAgreementRows(city: c)) {
        show(.agreement(a))
      }
    case .tie(let a, let b): if let r = pick(tieAgreementRows(a, b)) { show(.agreement(r)) }
    case .timeline:
      if let y = pick(timelineRows())?.year {
        var f = filter
        f.years = y...y
        applyFilter(f)
        status = "Showing \(y) only; y shows every year"
      }
    case .filters: _ = reduce(&self, .adjust(0))
    case .help:
      if let row = pick(helpRows()), let id = row.commandID {
        // Help reached by Tab is the whole stack: the command then runs on the first screen.
        if stack.count > 1 { stack.removeLast() } else { stack = [.cities] }
        _ = run(commandID: id)
      }
    case .agreement, .policy: break
    }
  }

  /// From a city's partners list to that partner's own city screen (Esc comes back).
  mutating func openPartner() {
    guard case .city(let c) = screen else { return }
    guard focusedPane == 0 else {
      status = "p opens a partner: go to the partners list first (Left)"
      return
    }
    let rows = partnerRows(city: c)
    let i = list(currentListKey).selected
    if rows.indices.contains(i) { show(.city(view.graph.nodes[rows[i].partner])) }
  }

  /// Sets the filter (and, when asked, drops every screen's search), keeping the selected row
  /// selected if it is still listed.
  mutating func applyFilter(_ f: Filter, clearingSearches: Bool = false) {
    let key = currentListKey
    let before = rowIdentity(key)
    if clearingSearches { search = [:] }
    // An unchanged filter keeps its views and measures (a key like `y` with no year range).
    if f != filter { setFilter(f) }
    if let before, let index = rowIndex(key, identity: before) {
      lists[key, default: ListState()].selected = index
    }
    clampAllLists()
  }

  mutating func clampAllLists() {
    for key in Set(lists.keys).union([currentListKey]) {
      var list = list(key)
      list.clamp(count: rowCount(key), viewport: viewport(key))
      lists[key] = list
    }
  }

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

  mutating func changeSort(next: Bool) {
    let kind = screen.kind
    let keys = SortKey.keys(for: kind)
    guard let current = sortState(kind) else { return }
    if next {
      let i = keys.firstIndex(of: current.key) ?? 0
      sort[kind] = SortState(key: keys[(i + 1) % keys.count])
    } else {
      sort[kind] = SortState(key: current.key, descending: !current.descending)
    }
    let s = sortState(kind)!
    status = "Sorted by \(s.key.rawValue) " + (s.descending ? "descending" : "ascending")
  }

  mutating func run(commandID id: String) -> [Effect] {
    guard let command = CommandRegistry.command(id) else {
      status = "No command '\(id)'"
      return []
    }
    guard command.scope.contains(screen.kind) else {
      status = "'\(id)' works only on: " + scopeNames(command.scope)
      return []
    }
    return reduce(&self, command.action)
  }

  func tieScreen(_ a: Int, _ b: Int) -> ScreenID { .tie(min(a, b), max(a, b)) }

  private func scopeNames(_ scope: CommandScope) -> String {
    if case .screens(let kinds) = scope { return kinds.map(\.title).joined(separator: ", ") }
    return "every screen"
  }
}

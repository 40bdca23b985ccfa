import ChengyuCore

/// Applies an action to the state: pure and synchronous (no terminal, no files), so every
/// behaviour of the explorer can be tested by feeding actions and reading the state.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  defer { state.keepCurrentRowOrder() }  // a screen shown for the first time sorts its list now
  // A message lasts until the next action; a resize (also the run loop's first event) and news
  // of the layout running off the key path keep it.
  switch action {
  case .resize, .picture(.layoutProgress), .picture(.layoutFinished): break
  default: state.status = nil
  }
  if case .jump = action {} else { state.jumpPrefix = "" }
  if state.stopsPlaying(action) { return [] }  // any key stops the growth and does nothing else
  if state.isTooSmall {
    // Only quitting and resizing mean anything on the "too small" screen.
    switch action {
    case .quit, .resize, .redraw: break
    default: return []
    }
  }
  if state.waitsForModel(action) {
    state.status = state.t(state.hasModel ? WorkMsg.filteringWait : .buildingWait)
    return []
  }
  switch action {
  case .move(let n) where PictureCommands.pictures.contains(state.screen.kind):
    state.reducePicture(.move(n > 0 ? .down : .up))  // up and down select north and south
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
    let current = state.stack.currentTab ?? 0
    let tabs = ScreenID.tabs
    state.stack.reset(to: tabs[(current + (action == .nextTab ? 1 : tabs.count - 1)) % tabs.count])
    state.wantTimelineCounts()
  case .beginSearch, .beginCommand, .promptInput, .promptBackspace, .promptClear, .promptCommit, .promptCancel,
    .promptChoice:
    return state.handlePrompt(action)
  case .cycleFamily:
    var f = state.filter
    f.families = FamilyCycle.next(f.families)
    state.applyFilter(f)
    state.status = state.t(TUIStatusMsg.familyIs, f.families.first?.name(state.lang) ?? state.t(TUIMsg.valueAll))
  case .cycleAggregation:
    state.applyFilter(state.filter(changing: .aggregation, step: 1))
    state.status = state.t(TUIStatusMsg.aggregationIs, state.filter.aggregation.name(state.lang))
  case .toggleInRegion: state.applyFilter(state.filter(changing: .inRegion, step: 0))
  case .toggleCrossBorder: state.applyFilter(state.filter(changing: .crossBorder, step: 0))
  case .clearFilters:
    // Everything goes, the aggregation too, and the message names what was cleared.
    var cleared = [state.t(TUIStatusMsg.clearedFilters)]
    if state.search.values.contains(where: { !$0.isEmpty }) { cleared.append(state.t(TUIStatusMsg.clearedSearches)) }
    if state.filter.aggregation != .signed { cleared.append(state.t(TUIStatusMsg.clearedAggregation)) }
    state.applyFilter(Filter(), clearingSearches: true)
    state.status = state.t(TUIStatusMsg.cleared, state.listedWithAnd(cleared))
  case .setYears(let years):
    var f = state.filter
    f.years = years
    state.applyFilter(f)
  case .windowStart, .windowEnd: state.setWindowEdge(start: action == .windowStart)
  case .toggleMonths: state.toggleMonths()
  case .adjust(let step): state.adjustFilter(row: state.list(state.currentListKey).selected, step: step)
  case .jump(let letters): state.jumpToSetting(typing: letters)
  case .focusPane(let pane):
    state.focus[state.screen] = pane
  case .openPartner: state.openPartner()
  case .openEgo: state.openEgo()
  case .timelinePolicies(let into): state.focusTimelinePolicies(into)
  case .nextFollowUpWindow:
    let months = state.nextFollowUpWindow()
    state.clampAllLists()
    state.status = state.t(TUIAnalysisMsg.followUpWindow, months)
  case .beginPeriods: state.prompt = PromptState(kind: .periods, text: PeriodList.text(state.analysisViews.periods))
  case .toggleCommunities: state.toggleCommunities()
  case .sortNext, .sortReverse: state.changeSort(next: action == .sortNext)
  case .run(let id): return state.run(commandID: id)
  case .beginExport, .toggleExportExcel, .exportFinished, .confirmOverwrite: return state.handleExport(action)
  case .toggleASCII: state.asciiMode.toggle()
  case .computeMeasures:
    state.computeMeasures()
    let nodes = CountNoun.graphNodes.count(state.view.graph.nodeCount, state.lang)
    state.status = state.measures == nil ? state.t(WorkMsg.measuresComputing, nodes) : state.t(TUIStatusMsg.measuresComputed, nodes)
  case .resize(let size):
    state.size = size
    state.clampAllLists()
    return [.redrawAll]
  case .redraw: return [.redrawAll]
  case .quit: return [.quit]
  case .picture(let p): state.reducePicture(p)
  }
  return []
}

extension AppState {
  /// Rows visible in a list at the current size (the screen draws the same number).
  public func viewport(_ key: ListKey) -> Int {
    ScreenRegistry.spec(key.screen.kind).viewport(self, key)
  }

  /// Number of rows of a list, for clamping and paging.
  public func rowCount(_ key: ListKey) -> Int {
    ScreenRegistry.spec(key.screen.kind).rowCount(self, key)
  }

  mutating func moveSelection(_ change: (Int) -> Int) {
    let key = currentListKey
    var list = list(key)
    list.selected = change(list.selected)
    list.clamp(count: rowCount(key), viewport: viewport(key))
    lists[key] = list
  }

  /// Shows a screen: a tab restarts the stack from it (except Help, pushed so Esc comes back),
  /// anything else goes on top.
  mutating func show(_ screen: ScreenID) {
    if case .tie(let a, let b) = screen, a > b { return show(.tie(b, a)) }
    if case .ego(let c) = screen { wantEgo(c) }
    if case .policy(let p) = screen { wantPolicyRecord(p) }
    defer { wantTimelineCounts() }
    if screen.tabIndex != nil && screen != .help {
      stack.reset(to: screen)
    } else if self.screen != screen {
      stack.push(screen)
      // The filter panel opens on its first row, not where it was last left.
      if screen == .filters { lists[ListKey(.filters)] = ListState() }
    }
  }

  mutating func goBack() {
    if screen == .timeline, timelineMonths != nil {
      toggleMonths()
    } else if let text = search[screen], !text.isEmpty {
      search[screen] = nil
      clampAllLists()
    } else if stack.pop() {
      // back to the screen below
    } else if screen != .cities {
      stack.reset(to: .cities)
    } else {
      status = t(TUIStatusMsg.atFirstScreen)
    }
  }

  /// Enter: what the current screen does with its selected row.
  mutating func openSelection() {
    let key = currentListKey
    current.open(&self, key, row: list(key).selected)
  }

  /// Sets the filter (and, when asked, drops every screen's search), keeping each list's
  /// selected row selected when it is still listed: every list seen so far, not only the
  /// current one, so going back after a filter change finds the same city or tie.
  mutating func applyFilter(_ f: Filter, clearingSearches: Bool = false) {
    if defersWork {
      // The lists keep their rows until the new model arrives (`receiveBase` keeps each
      // selection then), so no key waits for the identities of a million rows.
      if clearingSearches { search = [:] }
      if f != filter { setFilter(f) }
      if !isFiltering { clampAllLists() }
      return
    }
    let keys = Set(lists.keys).union([currentListKey])
    var before: [ListKey: RowIdentity] = [:]
    for key in keys { before[key] = rowIdentity(key) }
    if clearingSearches { search = [:] }
    // An unchanged filter keeps its model and measures (a key like `y` with no year range).
    if f != filter { setFilter(f) }
    for (key, identity) in before {
      if let index = rowIndex(key, identity: identity) { lists[key, default: ListState()].selected = index }
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

  mutating func changeSort(next: Bool) {
    let kind = screen.kind
    let keys = SortKey.keys(for: kind)
    guard let current = sortState(kind) else { return }
    if next {
      let i = keys.firstIndex(of: current.key) ?? 0
      setSort(kind, SortState(key: keys[(i + 1) % keys.count]))
    } else {
      setSort(kind, SortState(key: current.key, descending: !current.descending))
    }
    let s = sortState(kind)!
    status = t(TUIStatusMsg.sortedBy, s.key.label(lang), t(s.descending ? TUIStatusMsg.descending : .ascending))
  }

  mutating func run(commandID id: String) -> [Effect] {
    guard let command = CommandRegistry.command(id) else {
      status = t(TUIStatusMsg.noCommand, id)
      return []
    }
    guard command.scope.contains(screen.kind) else {
      status = t(TUIStatusMsg.worksOnlyOn, id, scopeNames(command.scope))
      return []
    }
    return reduce(&self, command.action)
  }

  private func scopeNames(_ scope: CommandScope) -> String {
    if case .screens(let kinds) = scope { return listed(kinds.map { $0.title(lang) }) }
    return t(TUIStatusMsg.everyScreen)
  }
}

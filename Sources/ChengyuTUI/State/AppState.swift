import ChengyuCore

/// Everything the explorer shows, as one value: `reduce` changes it, views read it. Its fields
/// can be read from outside the module but changed only through `reduce`, so no caller can break
/// an invariant (an empty stack, a model built for another filter).
public struct AppState: Sendable {
  /// Smallest terminal the explorer lays out; below it only a "too small" notice is drawn.
  public static let minimumSize = Size(width: 60, height: 16)

  /// The data being explored.
  public let dataset: Dataset
  /// Everything derived from the filter it was built for, replaced whole by `setFilter` (at
  /// once) or by `receiveBase` (when it was built off the key path).
  public private(set) var model: FilterModel
  /// The filter asked for while its model is built off the key path (`defersWork`), nil when
  /// `model` is the filter in force. The header shows it at once; the screens that read the
  /// model show a placeholder until `receiveBase` takes the new one (see `isFiltering`).
  public private(set) var requestedFilter: Filter?
  /// False while `model` is the empty start model (`FilterModel(startOf:)`) and the first real
  /// one is built off the key path (`defersFirstModel`): `requestedFilter` is then the starting
  /// filter, the header says the network is being built, and no filter is "the model's own".
  public private(set) var hasModel = true
  /// Share done (0…1) of the base model being built for `requestedFilter`, for the header.
  public internal(set) var filteringDone = 0.0
  /// Default largest nodes × ties for which the measures are computed on every filter change:
  /// betweenness and closeness each cost about that many steps (spread over the cores), and the
  /// reducer runs between two keys.
  public static let defaultMeasuresBudget = 20_000_000
  /// The budget in force (smaller in tests).
  public let measuresBudget: Int
  /// Whether the model's slow parts are left to background jobs (`ExplorerProgram`); false
  /// computes them in `setFilter`, which the reducer tests rely on.
  public let defersWork: Bool
  /// Share done (0…1) of each piece of work running off the key path, for the header.
  public internal(set) var work: [WorkKind: Double] = [:]
  /// On the timeline: the year whose months are shown, or nil for the yearly view.
  public internal(set) var timelineMonths: Int?
  /// Screens opened, the current one last; never empty.
  public internal(set) var stack = ScreenStack(.cities)
  /// Selection and scroll of every list seen so far.
  public internal(set) var lists: [ListKey: ListState] = [:]
  /// The focused pane of screens with two lists.
  public internal(set) var focus: [ScreenID: Int] = [:]
  /// Sort per screen kind (absent: the screen's first sort key); change it with `setSort`.
  public private(set) var sort: [ScreenKind: SortState] = [:]
  /// The big lists' rows in their sort order, before any search, with the sort they were made
  /// for; a cached order whose sort is not the one in force is not used (see `rowOrder`).
  private(set) var rowOrders: [ScreenKind: (sort: SortState?, rows: [Int])] = [:]
  /// Committed or in-progress search text per screen: narrows that screen's list.
  public internal(set) var search: [ScreenID: String] = [:]
  /// The open `/` or `:` prompt, if any.
  public internal(set) var prompt: PromptState?
  /// Terminal size the frame is laid out for.
  public internal(set) var size: Size
  /// A one-off message shown in the hint bar until the next action.
  public internal(set) var status: String?
  /// Letters typed in the filter panel to jump to a setting; any other action ends the jump.
  public internal(set) var jumpPrefix = ""
  /// Pinyin names and ASCII glyphs only (non-UTF-8 terminals).
  public internal(set) var asciiMode: Bool
  /// The interface language asked for (`--lang`, else the locale); see `lang` for the one drawn.
  public internal(set) var language: Language
  /// Years covered by the dataset's agreements and policies (bounds of the year controls).
  public let datasetYears: ClosedRange<Int>
  /// Camera, selection, growth and graph layout of the map, graph and matrix screens.
  public internal(set) var pictures = PictureScreensState()
  /// Ego networks, the policy follow-up window and the Compare screen's periods.
  public internal(set) var analysisViews: AnalysisViewState

  /// The state of a freshly opened explorer on the Cities screen. With `defersWork` and
  /// `defersFirstModel` (the terminal explorer) even the first model is left to be built off the
  /// key path, like a filter change's: the state starts on the empty start model, asking for
  /// `filter`, and costs nothing to make, so the first frame follows the load at once.
  public init(dataset: Dataset, size: Size = Size(width: 80, height: 24), asciiMode: Bool = false,
              filter: Filter = Filter(), measuresBudget: Int = AppState.defaultMeasuresBudget, language: Language = .en,
              defersWork: Bool = false, defersFirstModel: Bool = false) {
    self.measuresBudget = measuresBudget
    self.defersWork = defersWork
    self.dataset = dataset
    self.size = size
    self.asciiMode = asciiMode
    self.language = language
    datasetYears = AppState.years(of: dataset)
    if defersWork && defersFirstModel {
      model = FilterModel(startOf: dataset, filter: filter, datasetYears: datasetYears, measuresBudget: measuresBudget)
      requestedFilter = filter
      hasModel = false
    } else {
      model = FilterModel(dataset: dataset, filter: filter, datasetYears: datasetYears, measuresBudget: measuresBudget,
                          deferring: defersWork)
    }
    analysisViews = AnalysisViewState(model: model)
    if !defersWork { analysisViews.computePending(model) }
    refreshRowOrders()
  }

  /// Years covered by the agreements and policies (2000 alone for an empty dataset), by one
  /// pass over the date column: no array of 10⁶ years before the first frame.
  private static func years(of dataset: Dataset) -> ClosedRange<Int> {
    let agreements = dataset.agreements
    var (low, high) = (Int.max, Int.min)
    for i in agreements.indices {
      let y = agreements.year(i)
      (low, high) = (min(low, y), max(high, y))
    }
    for p in dataset.policies { (low, high) = (min(low, p.date.year), max(high, p.date.year)) }
    return low <= high ? low...high : 2000...2000
  }

  /// The language the screen is drawn in: English in ASCII mode, where Chinese cannot be drawn.
  public var lang: Language { asciiMode ? .en : language }

  /// A catalogue text in the drawn language.
  func t<K: MessageKey>(_ key: K, _ arguments: any CustomStringConvertible...) -> String {
    MessageCatalogue.fill(key.texts.text(lang), arguments.map(\.description))
  }

  /// The filter in force: the one asked for last, even while its model is still being built
  /// (so `m m m` steps on from the requested filter, not the one on screen).
  public var filter: Filter { requestedFilter ?? model.filter }
  /// True while the model of the filter in force is being built off the key path: `model` and
  /// everything derived from it are still the older filter's and must not be shown as current.
  public var isFiltering: Bool { requestedFilter != nil }
  /// The dataset seen through the filter.
  public var view: NetworkView { model.view }
  /// The network measures of the view (nil over the budget until `compute-measures`).
  public var measures: NetworkMeasures? { model.measures }
  /// Degree of each node of `view`.
  public var degrees: [Int] { model.degrees }
  /// Sum of tie weights of each node of `view`.
  public var strengths: [Int] { model.strengths }
  /// The view's ties, heaviest first.
  public var tiesByWeight: [Int] { model.tiesByWeight }

  /// The screen on top of the stack.
  public var screen: ScreenID { stack.top }

  /// The registry entry of the current screen.
  var current: any ExplorerScreen { ScreenRegistry.spec(screen.kind) }

  /// True when the terminal is below `minimumSize`.
  public var isTooSmall: Bool {
    size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height
  }

  /// Replaces the filter and everything derived from it: at once, or (`defersWork`) by only
  /// noting the filter asked for, whose model `ExplorerProgram` builds off the key path
  /// (`BaseBuild`) and hands to `receiveBase`. Asking again for the model's own filter (`m` back
  /// to where it started) needs no build.
  mutating func setFilter(_ newFilter: Filter) {
    if defersWork {
      requestedFilter = newFilter == model.filter && hasModel ? nil : newFilter
      filteringDone = 0
      return
    }
    model = FilterModel(dataset: dataset, filter: newFilter, datasetYears: datasetYears, measuresBudget: measuresBudget,
                        deferring: defersWork)
    analysisViews.refresh(model)
    analysisViews.computePending(model)
    refreshRowOrders()
  }

  /// Sets a screen kind's sort and sorts that list again (only that one).
  mutating func setSort(_ kind: ScreenKind, _ s: SortState) {
    sort[kind] = s
    rowOrders[kind] = ScreenRegistry.spec(kind).sortedOrder(self).map { (s, $0) }
  }

  /// Sorts the big lists again (the filter or the measures changed): those of the screens on the
  /// stack and of the lists seen so far (their selections are mapped and kept in range), not
  /// every screen's — a screen first shown later is sorted then (`keepCurrentRowOrder`).
  private mutating func refreshRowOrders(cancel: CancellationToken? = nil) {
    rowOrders = [:]
    let kinds = Set(stack.screens.map(\.kind)).union(lists.keys.map(\.screen.kind))
    for kind in kinds where !cancel.isCancelled {
      if let rows = ScreenRegistry.spec(kind).sortedOrder(self) { rowOrders[kind] = (sortState(kind), rows) }
    }
  }

  /// Sorts the current screen's list when its order is not kept (a screen shown for the first
  /// time since the filter changed); after every action and when a new model comes in.
  mutating func keepCurrentRowOrder() {
    let kind = screen.kind
    guard !isFiltering else { return }  // the placeholder is shown: the new model brings its orders
    if let cached = rowOrders[kind], cached.sort == sortState(kind) { return }
    if let rows = current.sortedOrder(self) { rowOrders[kind] = (sortState(kind), rows) }
  }

  /// Derives, on a copy of the state, what a new model brings (its row orders, the analysis
  /// views, each list's selection kept on the same row), so a worker thread can do it; nil when
  /// `cancel` was cancelled on the way. `receiveBase` takes the result.
  func built(_ newModel: FilterModel, cancel: CancellationToken?) -> BaseBuild? {
    var copy = self
    copy.requestedFilter = nil
    copy.hasModel = true
    copy.model = newModel
    copy.refreshRowOrders(cancel: cancel)
    guard !cancel.isCancelled else { return nil }
    cancel?.report(0.9)
    copy.analysisViews.refresh(newModel)
    // The ego networks open come with the model, so their lists keep their selection; the
    // rest of the views' work is left to its own jobs (`ViewWork`).
    copy.analysisViews.computePending(newModel) { if case .ego = $0 { true } else { false } }
    var selections: [ListKey: BaseBuild.Selection] = [:]
    for key in Set(lists.keys).union([currentListKey]) where !cancel.isCancelled {
      let now = list(key)
      let after = rowIdentity(key).flatMap { copy.rowIndex(key, identity: $0) }
      selections[key] = BaseBuild.Selection(before: now.selected, search: search[key.screen], after: after)
    }
    guard !cancel.isCancelled else { return nil }
    return BaseBuild(model: newModel, rowOrders: copy.rowOrders, analysisViews: copy.analysisViews,
                     selections: selections)
  }

  /// Takes a base model built off the key path: only when it is for the filter asked for last
  /// (a build made stale by a newer filter is dropped), all in one step so no frame shows the
  /// new model with the older one's orders. What changed on the key path meanwhile (a list
  /// moved, a search typed, a screen opened) is redone here for that list alone. True when taken.
  mutating func receiveBase(_ build: BaseBuild) -> Bool {
    guard let requested = requestedFilter, build.model.filter == requested else { return false }
    let before = self
    model = build.model
    rowOrders = build.rowOrders
    requestedFilter = nil
    hasModel = true
    analysisViews = build.analysisViews.keepingChoices(of: analysisViews)  // what they need more is pending
    for key in Set(lists.keys).union([currentListKey]) {
      let now = before.list(key)
      let index: Int?
      if let s = build.selections[key], s.before == now.selected, s.search == search[key.screen] {
        index = s.after
      } else {
        index = before.rowIdentity(key).flatMap { rowIndex(key, identity: $0) }
      }
      if let index { lists[key, default: ListState()].selected = index }
    }
    keepCurrentRowOrder()  // a screen opened while the model was built
    clampAllLists()
    return true
  }

  /// A big list's rows in sort order: the cached order when it was made for the sort in force,
  /// else a fresh one.
  func rowOrder(_ kind: ScreenKind) -> [Int] {
    if let cached = rowOrders[kind], cached.sort == sortState(kind) { return cached.rows }
    return ScreenRegistry.spec(kind).sortedOrder(self) ?? []
  }

  /// Computes the measures for the current filter whatever the network's size (off the key
  /// path when the work is deferred: `model.pending` then lists them).
  public mutating func computeMeasures() {
    guard model.measures == nil else { return }
    model.wantMeasures()
    guard !defersWork else { return }
    model.computePending()
    refreshRowOrders()  // sorts by betweenness and the like now have values
  }

  /// Takes a slow part computed off the key path for `filter`: dropped unless it is the filter
  /// in force, so a result made stale by a newer filter is never shown. True when taken.
  mutating func receive(_ part: ModelPart, for filter: Filter) -> Bool {
    guard filter == model.filter, !isFiltering else { return false }
    model.fill(part)
    switch part {
    case .measures: refreshRowOrders()  // sorts by betweenness and the like now have values
    case .analysis:
      rowOrders[.layers] = ScreenRegistry.spec(.layers).sortedOrder(self).map { (sortState(.layers), $0) }
      analysisViews.refreshPeriods(model)  // custom Compare periods keep to the stages' budget
    case .pictures: break
    }
    clampAllLists()
    return true
  }

  /// The sort in force on a screen kind.
  public func sortState(_ kind: ScreenKind) -> SortState? {
    sort[kind] ?? ScreenRegistry.screen(for: kind)?.sortKeys.first.map { SortState(key: $0) }
  }

  /// The list state of a list (top of the list when never seen).
  public func list(_ key: ListKey) -> ListState { lists[key] ?? ListState() }

  /// The focused pane of the current screen.
  public var focusedPane: Int { focus[screen] ?? 0 }

  /// The list the movement keys act on.
  public var currentListKey: ListKey { ListKey(screen, pane: focusedPane) }
}

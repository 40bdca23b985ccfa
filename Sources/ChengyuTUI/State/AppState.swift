import ChengyuCore

/// Everything the explorer shows, as one value: `reduce` changes it, views read it. Its fields
/// can be read from outside the module but changed only through `reduce`, so no caller can break
/// an invariant (an empty stack, a model built for another filter).
public struct AppState: Sendable {
  /// Smallest terminal the explorer lays out; below it only a "too small" notice is drawn.
  public static let minimumSize = Size(width: 60, height: 16)

  /// The data being explored.
  public let dataset: Dataset
  /// Everything derived from the active filter, rebuilt whole by `setFilter`.
  public private(set) var model: FilterModel
  /// Default largest nodes × ties for which the measures are computed on every filter change:
  /// betweenness and closeness each cost about that many steps (spread over the cores), and the
  /// reducer runs between two keys.
  public static let defaultMeasuresBudget = 20_000_000
  /// The budget in force (smaller in tests).
  public let measuresBudget: Int
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

  /// The state of a freshly opened explorer on the Cities screen.
  public init(dataset: Dataset, size: Size = Size(width: 80, height: 24), asciiMode: Bool = false,
              filter: Filter = Filter(), measuresBudget: Int = AppState.defaultMeasuresBudget, language: Language = .en) {
    self.measuresBudget = measuresBudget
    self.dataset = dataset
    self.size = size
    self.asciiMode = asciiMode
    self.language = language
    let years = dataset.agreements.map(\.date.year) + dataset.policies.map(\.date.year)
    datasetYears = (years.min() ?? 2000)...(years.max() ?? 2000)
    model = FilterModel(dataset: dataset, filter: filter, datasetYears: datasetYears, measuresBudget: measuresBudget)
    analysisViews = AnalysisViewState(model: model)
    refreshRowOrders()
  }

  /// The language the screen is drawn in: English in ASCII mode, where Chinese cannot be drawn.
  public var lang: Language { asciiMode ? .en : language }

  /// A catalogue text in the drawn language.
  func t<K: MessageKey>(_ key: K, _ arguments: any CustomStringConvertible...) -> String {
    MessageCatalogue.fill(key.texts.text(lang), arguments.map(\.description))
  }

  /// The active filter.
  public var filter: Filter { model.filter }
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

  /// Replaces the filter and everything derived from it.
  mutating func setFilter(_ newFilter: Filter) {
    model = FilterModel(dataset: dataset, filter: newFilter, datasetYears: datasetYears, measuresBudget: measuresBudget)
    analysisViews.refresh(model)
    refreshRowOrders()
  }

  /// Sets a screen kind's sort and sorts that list again (only that one).
  mutating func setSort(_ kind: ScreenKind, _ s: SortState) {
    sort[kind] = s
    rowOrders[kind] = ScreenRegistry.spec(kind).sortedOrder(self).map { (s, $0) }
  }

  /// Sorts the big lists again (the filter or the measures changed).
  private mutating func refreshRowOrders() {
    rowOrders = [:]
    for screen in ScreenRegistry.all {
      if let rows = screen.sortedOrder(self) { rowOrders[screen.kind] = (sortState(screen.kind), rows) }
    }
  }

  /// A big list's rows in sort order: the cached order when it was made for the sort in force,
  /// else a fresh one.
  func rowOrder(_ kind: ScreenKind) -> [Int] {
    if let cached = rowOrders[kind], cached.sort == sortState(kind) { return cached.rows }
    return ScreenRegistry.spec(kind).sortedOrder(self) ?? []
  }

  /// Computes the measures for the current filter whatever the network's size.
  public mutating func computeMeasures() {
    guard model.measures == nil else { return }
    model = model.withMeasures()
    refreshRowOrders()  // sorts by betweenness and the like now have values
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

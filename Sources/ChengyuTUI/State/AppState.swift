import ChengyuCore

/// Everything the explorer shows, as one value: `reduce` changes it, views read it.
public struct AppState: Sendable {
  /// Smallest terminal the explorer lays out; below it only a "too small" notice is drawn.
  public static let minimumSize = Size(width: 60, height: 16)

  /// The data being explored.
  public let dataset: Dataset
  /// The active filter; change it with `setFilter` so the cached view follows.
  public private(set) var filter: Filter
  /// The dataset seen through `filter`.
  public private(set) var view: NetworkView
  /// The view with the same filter but every year, for the timeline (same as `view` when the
  /// filter has no year range).
  public private(set) var allYearsView: NetworkView
  /// Degree of each node of `view`, computed once per filter.
  public private(set) var degrees: [Int] = []
  /// Sum of tie weights of each node of `view`.
  public private(set) var strengths: [Int] = []
  /// Every network measure of `view`, unweighted, exactly as `chengyu stats --measures` computes
  /// them; nil when the network is over `measuresBudget` and `compute-measures` has not been run.
  public private(set) var measures: NetworkMeasures?
  /// Default largest nodes × ties for which the measures are computed on every filter change:
  /// betweenness and closeness each cost about that many steps (spread over the cores), and the
  /// reducer runs between two keys.
  public static let defaultMeasuresBudget = 20_000_000
  /// The budget in force (smaller in tests).
  public let measuresBudget: Int
  /// Connected components of the filtered network.
  public private(set) var componentSizes: [Int] = []
  /// How many of the view's agreements are governance and collaboration.
  public private(set) var familySplit = (governance: 0, collaboration: 0)
  /// The view's ties, heaviest first (sorting them once per filter, not per key).
  public private(set) var tiesByWeight: [Int] = []
  /// `allYearsView`'s events by date, for the timeline (built once per filter, not per key).
  public private(set) var timeline: Timeline
  /// The timeline's yearly rows (see `timelineRows`), counted once per filter.
  public private(set) var timelineYears: [PeriodCount] = []
  /// On the timeline: the year whose months are shown, or nil for the yearly view.
  public var timelineMonths: Int?
  /// Screens opened, the current one last; never empty.
  public var stack: [ScreenID] = [.cities]
  /// Selection and scroll of every list seen so far.
  public var lists: [ListKey: ListState] = [:]
  /// The focused pane of screens with two lists.
  public var focus: [ScreenID: Int] = [:]
  /// Sort per screen kind (absent: the first key of `SortKey.keys(for:)`).
  public var sort: [ScreenKind: SortState] = [:] {
    didSet { refreshRowOrders() }
  }
  /// Rows of the Cities, Measures, Ties and Agreements lists in their sort order, before any
  /// search (see `rowOrder`).
  private(set) var rowOrders: [ScreenKind: [Int]] = [:]
  /// Committed or in-progress search text per screen: narrows that screen's list.
  public var search: [ScreenID: String] = [:]
  /// The open `/` or `:` prompt, if any.
  public var prompt: PromptState?
  /// Terminal size the frame is laid out for.
  public var size: Size
  /// A one-off message shown in the hint bar until the next action.
  public var status: String?
  /// Pinyin names and ASCII glyphs only (non-UTF-8 terminals).
  public var asciiMode: Bool
  /// No colours: distinctions by letter, glyph and attribute only.
  public var monochrome: Bool
  /// Years covered by the dataset's agreements and policies (bounds of the year controls).
  public let datasetYears: ClosedRange<Int>
  /// Set when the app should exit.
  public var quitRequested = false

  /// The state of a freshly opened explorer on the Cities screen.
  public init(dataset: Dataset, size: Size = Size(width: 80, height: 24), asciiMode: Bool = false,
              monochrome: Bool = false, filter: Filter = Filter(),
              measuresBudget: Int = AppState.defaultMeasuresBudget) {
    self.measuresBudget = measuresBudget
    self.dataset = dataset
    self.size = size
    self.asciiMode = asciiMode
    self.monochrome = monochrome
    self.filter = filter
    let years = dataset.agreements.map(\.date.year) + dataset.policies.map(\.date.year)
    datasetYears = (years.min() ?? 2000)...(years.max() ?? 2000)
    view = dataset.view(filter)
    allYearsView = view
    timeline = Timeline(dataset: dataset, agreements: [], policies: [])  // set by setFilter
    setFilter(filter)
  }

  /// The screen on top of the stack.
  public var screen: ScreenID { stack[stack.count - 1] }

  /// True when the terminal is below `minimumSize`.
  public var isTooSmall: Bool {
    size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height
  }

  /// Replaces the filter and rebuilds the cached views.
  public mutating func setFilter(_ newFilter: Filter) {
    filter = newFilter
    view = dataset.view(newFilter)
    if newFilter.years == nil {
      allYearsView = view
    } else {
      var all = newFilter
      all.years = nil
      allYearsView = dataset.view(all)
    }
    timeline = Timeline(view: allYearsView)
    timelineYears = paddedYearCounts()
    let g = view.graph
    degrees = (0..<g.nodeCount).map(g.degree)
    strengths = (0..<g.nodeCount).map(g.strength)
    measures = g.nodeCount * g.tieCount <= measuresBudget ? NetworkMeasures(graph: g) : nil
    componentSizes = g.components().sizes
    familySplit = view.familyCounts(view.agreements)
    // The order of `NetworkView.tiesByWeight()` (weight, then the ends' ids), compared on
    // integers: nodes are numbered in id order and a tie's `a` is its smaller end.
    tiesByWeight = g.ties.indices.sorted { l, r in
      let (x, y) = (g.ties[l], g.ties[r])
      return x.weight != y.weight ? x.weight > y.weight : (x.a, x.b) < (y.a, y.b)
    }
    refreshRowOrders()
  }

  /// Sorts the big lists again (the filter, a sort or the measures changed).
  mutating func refreshRowOrders() {
    for kind in AppState.orderedListKinds { rowOrders[kind] = rowOrder(kind) }
  }

  /// Computes the measures for the current filter whatever the network's size.
  public mutating func computeMeasures() {
    guard measures == nil else { return }
    measures = NetworkMeasures(graph: view.graph)
    refreshRowOrders()  // sorts by betweenness and the like now have values
  }

  /// The sort in force on a screen kind.
  public func sortState(_ kind: ScreenKind) -> SortState? {
    sort[kind] ?? SortKey.keys(for: kind).first.map { SortState(key: $0) }
  }

  /// The list state of a list (top of the list when never seen).
  public func list(_ key: ListKey) -> ListState { lists[key] ?? ListState() }

  /// The focused pane of the current screen.
  public var focusedPane: Int { focus[screen] ?? 0 }

  /// The list the movement keys act on.
  public var currentListKey: ListKey { ListKey(screen, pane: focusedPane) }

}

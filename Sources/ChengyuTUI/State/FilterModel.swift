import ChengyuCore

/// Everything the explorer derives from one filter, built in one place when the filter changes
/// and replaced whole: the screens read it and never compute model data while drawing, and no
/// field can fall out of step with another, since none is set on its own.
///
/// The slow parts (`pictures`, `measures`, `analysis`: layouts, Louvain, betweenness, QAP) may
/// be left out (`deferring`) and computed off the key path (`ExplorerProgram` runs them as
/// `BackgroundJob`s); each is filled at most once and only for this model's filter (`fill`),
/// so a part made for another filter can never be shown. `pending` lists those still missing.
public struct FilterModel: Sendable {
  /// The filter everything here was derived from.
  public let filter: Filter
  /// The dataset seen through `filter`.
  public let view: NetworkView
  /// The view with the same filter but every year, for the timeline (same as `view` when the
  /// filter has no year range).
  public let allYearsView: NetworkView
  /// Degree and strength of each node of `view`: always known, even over the measures budget.
  public let degrees: [Int]
  public let strengths: [Int]
  /// Every network measure of `view`, unweighted, exactly as `chengyu stats --measures` computes
  /// them; nil when the network is over the budget and `compute-measures` has not been run, or
  /// while they are computed off the key path.
  public private(set) var measures: NetworkMeasures?
  /// Whether the measures are to be computed: within the budget, or asked for.
  public private(set) var measuresWanted: Bool
  /// Sizes of the connected components of `view`'s network.
  public let componentSizes: [Int]
  /// How many of the view's agreements are governance and collaboration.
  public let familySplit: (governance: Int, collaboration: Int)
  /// The view's ties, heaviest first, then by their ends (the order of
  /// `NetworkView.tiesByWeight()`, compared on node numbers: nodes are numbered in id order).
  public let tiesByWeight: [Int]
  /// Each node's ties as (tie, partner), heaviest first (`NetworkView.ties(of:)`), for the
  /// partner lists and the Cities preview.
  let partners: [[(tie: Int, partner: Int)]]
  /// `allYearsView`'s events by date, for the timeline.
  public let timeline: Timeline
  /// The timeline's yearly rows, padded to the dataset's years so rows do not jump.
  public let timelineYears: [PeriodCount]
  /// `allYearsView`'s policies per year, by date (the timeline's milestones).
  let policiesByYear: [Int: [Int]]
  /// The map picture and the matrix order of `view` (the graph's layout runs off the key path);
  /// nil while computed off the key path.
  public private(set) var pictures: PictureModel?
  /// The Layers and Compare screens' comparisons (nil parts over the budget); nil while
  /// computed off the key path.
  public private(set) var analysis: AnalysisModel?
  /// The budget the analysis part is computed under.
  let measuresBudget: Int

  /// Derives everything from `filter`; the measures only when nodes × ties ≤ `measuresBudget`.
  /// `deferring` leaves the slow parts (`pending`) to be computed and `fill`ed later.
  init(dataset: Dataset, filter: Filter, datasetYears: ClosedRange<Int>, measuresBudget: Int, deferring: Bool = false) {
    self.filter = filter
    let view = dataset.view(filter)
    self.view = view
    var all = filter
    all.years = nil
    allYearsView = filter.years == nil ? view : dataset.view(all)
    timeline = Timeline(view: allYearsView)
    timelineYears = FilterModel.paddedYearCounts(timeline, datasetYears)
    policiesByYear = Dictionary(grouping: allYearsView.policies) { dataset.policies[$0].date.year }
    let g = view.graph
    degrees = (0..<g.nodeCount).map(g.degree)
    strengths = (0..<g.nodeCount).map(g.strength)
    measuresWanted = g.nodeCount * g.tieCount <= measuresBudget
    self.measuresBudget = measuresBudget
    componentSizes = g.components().sizes
    familySplit = view.familyCounts(view.agreements)
    tiesByWeight = g.tiesByWeight()
    partners = (0..<g.nodeCount).map { FilterModel.partners(of: $0, in: g) }
    if !deferring { computePending() }
  }

  /// The slow parts still missing, in the order they are computed (the cheap pictures first).
  public var pending: [WorkKind] {
    (pictures == nil ? [.pictures] : []) + (measuresWanted && measures == nil ? [.measures] : [])
      + (analysis == nil ? [.analysis] : [])
  }

  /// Computes every missing part now, on this thread.
  mutating func computePending() {
    for kind in pending {
      if let part = ModelPart.compute(kind, view: view, budget: measuresBudget, cancel: nil) { fill(part) }
    }
  }

  /// Fills a missing part (a part already there is kept: each is computed once per filter).
  mutating func fill(_ part: ModelPart) {
    switch part {
    case .pictures(let p): if pictures == nil { pictures = p }
    case .measures(let m): if measures == nil { measures = m }
    case .analysis(let a): if analysis == nil { analysis = a }
    }
  }

  /// Asks for the measures whatever the network's size (`compute-measures`); `pending` then
  /// lists them until they are filled.
  mutating func wantMeasures() { measuresWanted = true }

  /// A node's ties as (tie, partner), heaviest first, then by partner: the order of
  /// `NetworkView.ties(of:)`, compared on node numbers (nodes are numbered in id order) instead
  /// of id strings, since it runs for every node on every filter change.
  static func partners(of node: Int, in g: CooperationGraph) -> [(tie: Int, partner: Int)] {
    (g.offsets[node]..<g.offsets[node + 1]).map { (g.neighborTies[$0], g.neighbors[$0]) }.sorted { l, r in
      let (wl, wr) = (g.ties[l.0].weight, g.ties[r.0].weight)
      return wl != wr ? wl > wr : l.1 < r.1
    }
  }

  /// The timeline's counts per year, padded to the dataset's span.
  private static func paddedYearCounts(_ timeline: Timeline, _ span: ClosedRange<Int>) -> [PeriodCount] {
    let counts = timeline.countsByYear()
    guard let first = counts.first, let last = counts.last else { return span.map { PeriodCount(year: $0) } }
    let lo = min(first.year, span.lowerBound)
    let hi = max(last.year, span.upperBound)
    let byYear = Dictionary(uniqueKeysWithValues: counts.map { ($0.year, $0) })
    return (lo...hi).map { byYear[$0] ?? PeriodCount(year: $0) }
  }
}

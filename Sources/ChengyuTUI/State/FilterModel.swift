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
  public private(set) var measuresWanted = false
  /// Sizes of the connected components of `view`'s network.
  public let componentSizes: [Int]
  /// How many of the view's agreements are governance and collaboration.
  public let familySplit: (governance: Int, collaboration: Int)
  /// The view's ties, heaviest first, then by their ends (the order of
  /// `NetworkView.tiesByWeight()`, compared on node numbers: nodes are numbered in id order).
  public let tiesByWeight: [Int]
  /// Each node's ties as (tie, partner), heaviest first (`NetworkView.ties(of:)`), for the
  /// partner lists and the Cities preview.
  let partners: PartnerLists
  /// The timeline's yearly rows, padded to the dataset's years so rows do not jump.
  public let timelineYears: [PeriodCount]
  /// `allYearsView`'s counts per month of each year with events (twelve months, then the events
  /// whose source gives only the year), for the timeline's months (`countsByMonth`). Counted in
  /// one pass over the dates: a `Timeline` of a million events would decode every id and sort.
  let monthsByYear: [Int: [PeriodCount]]
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
    self.init(dataset: dataset, filter: filter, datasetYears: datasetYears, measuresBudget: measuresBudget,
              deferring: deferring, cancel: nil)!
  }

  /// As above, checking `cancel` between the steps (nil once cancelled: the explorer builds the
  /// model off the key path and a newer filter stops the build early) and telling it the share
  /// done. The timeline's side (the every-year view, its counts and policies) is built on a
  /// second thread while this one builds the filter's view and its degrees, components and
  /// orders: the two views are independent, and the machine has at least two cores.
  init?(dataset: Dataset, filter: Filter, datasetYears: ClosedRange<Int>, measuresBudget: Int, deferring: Bool,
        cancel: CancellationToken?) {
    self.filter = filter
    var all = filter
    all.years = nil
    let view: NetworkView
    let years: BackgroundJob<YearsSide>
    if filter.years == nil {
      view = dataset.view(filter)
      years = BackgroundJob { _ in YearsSide(view, datasetYears) }
    } else {
      let every = all
      years = BackgroundJob { _ in YearsSide(dataset.view(every), datasetYears) }
      view = dataset.view(filter)
    }
    self.view = view
    cancel?.report(0.5)
    let g = view.graph
    degrees = (0..<g.nodeCount).map(g.degree)
    strengths = (0..<g.nodeCount).map(g.strength)
    measuresWanted = g.nodeCount * g.tieCount <= measuresBudget
    self.measuresBudget = measuresBudget
    familySplit = view.familyCounts(view.agreements)
    guard !cancel.isCancelled else { return nil }
    componentSizes = g.components().sizes
    tiesByWeight = g.tiesByWeight()
    guard !cancel.isCancelled else { return nil }
    partners = FilterModel.partners(in: g, tiesByWeight: tiesByWeight)
    cancel?.report(0.8)
    years.wait()
    guard let side = years.result, !cancel.isCancelled else { return nil }
    (allYearsView, timelineYears, monthsByYear, policiesByYear) = (side.view, side.years, side.months, side.policiesByYear)
    if !deferring { computePending() }
  }

  /// What the timeline derives from the filter with every year (`allYearsView`).
  private struct YearsSide: Sendable {
    let view: NetworkView
    let years: [PeriodCount]
    let months: [Int: [PeriodCount]]
    let policiesByYear: [Int: [Int]]

    init(_ view: NetworkView, _ datasetYears: ClosedRange<Int>) {
      self.view = view
      let dataset = view.dataset
      let counts = Timeline.countsByYear(dataset: dataset, agreements: view.agreements, policies: view.policies)
      years = FilterModel.paddedYearCounts(counts, datasetYears)
      let policies = dataset.policies
      policiesByYear = Dictionary(grouping: view.policies) { policies[$0].date.year }
      // Rows per year of `counts` (every year with an event lies in its span).
      let first = counts.first?.year ?? 0
      var rows = counts.map { FilterModel.emptyMonths($0.year) }
      let store = dataset.agreements
      for i in view.agreements {
        let date = store.date(i)
        if store.family(i) == .governance {
          rows[date.year - first][(date.month ?? 13) - 1].governance += 1
        } else {
          rows[date.year - first][(date.month ?? 13) - 1].collaboration += 1
        }
      }
      for p in view.policies { rows[policies[p].date.year - first][(policies[p].date.month ?? 13) - 1].policies += 1 }
      months = Dictionary(uniqueKeysWithValues: zip(counts.map(\.year), rows))
    }
  }

  /// The timeline's rows for the months of `year`: twelve months, then its events with no month
  /// (as `Timeline.countsByMonth`).
  func countsByMonth(_ year: Int) -> [PeriodCount] { monthsByYear[year] ?? FilterModel.emptyMonths(year) }

  fileprivate static func emptyMonths(_ year: Int) -> [PeriodCount] {
    (1...12).map { PeriodCount(year: year, month: $0) } + [PeriodCount(year: year)]
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

  /// Every node's ties as (tie, partner), heaviest first, then by partner (`PartnerLists`).
  static func partners(in g: CooperationGraph, tiesByWeight: [Int]) -> PartnerLists {
    PartnerLists(g, tiesByWeight: tiesByWeight)
  }

  /// The timeline's counts per year, padded to the dataset's span.
  fileprivate static func paddedYearCounts(_ counts: [PeriodCount], _ span: ClosedRange<Int>) -> [PeriodCount] {
    guard let first = counts.first, let last = counts.last else { return span.map { PeriodCount(year: $0) } }
    let lo = min(first.year, span.lowerBound)
    let hi = max(last.year, span.upperBound)
    let byYear = Dictionary(uniqueKeysWithValues: counts.map { ($0.year, $0) })
    return (lo...hi).map { byYear[$0] ?? PeriodCount(year: $0) }
  }
}

import ChengyuCore

/// The same filter applied to several year ranges, for `chengyu compare`: each period's network
/// and measures, and the ties that appear or vanish from one period to the next.
struct PeriodComparison {
  /// One period's view and measures.
  struct Period {
    let years: ClosedRange<Int>
    let report: MeasuresReport
  }

  /// A tie by its cities' ids (a < b) with its weight in the period where it exists.
  struct TieChange {
    let a: String
    let b: String
    let weight: Int
  }

  /// Ties gained and lost between two consecutive periods.
  struct Change {
    let from: ClosedRange<Int>
    let to: ClosedRange<Int>
    let appeared: [TieChange]
    let vanished: [TieChange]
    let kept: Int
  }

  /// Centralities ranked in `top`, with how each is read from the measures.
  static let centralities: [(name: String, values: @Sendable (NetworkMeasures) -> [Double]?)] = [
    ("degree", { $0.degree.map(Double.init) }),
    ("betweenness", { $0.betweenness }),
    ("closeness", { $0.closeness }),
    // An empty network has an empty ranking; only a failed iteration has none.
    ("eigenvector", { $0.eigenvector == .empty ? [] : $0.eigenvector.values }),
  ]

  let filter: Filter
  /// Whether path measures and eigenvector centrality read tie weights.
  let weighted: Bool
  let periods: [Period]
  let changes: [Change]

  /// Builds every period's view from `filter` with its years replaced by the period.
  init(dataset: Dataset, filter: Filter, periods years: [ClosedRange<Int>], weighted: Bool = false) {
    self.filter = filter
    self.weighted = weighted
    periods = years.map { y in
      var f = filter
      f.years = y
      return Period(years: y, report: MeasuresReport(view: dataset.view(f), weighted: weighted))
    }
    var changes: [Change] = []
    for i in periods.indices.dropFirst() {
      let (before, after) = (Self.tieWeights(periods[i - 1].report), Self.tieWeights(periods[i].report))
      changes.append(Change(
        from: periods[i - 1].years, to: periods[i].years,
        appeared: Self.missing(from: before, in: after), vanished: Self.missing(from: after, in: before),
        kept: after.keys.filter { before[$0] != nil }.count))
    }
    self.changes = changes
  }

  /// The period's top `n` nodes by a centrality (nil when it could not be computed).
  func top(_ n: Int, _ period: Period, by values: (NetworkMeasures) -> [Double]?) -> [(id: String, value: Double)]? {
    guard let v = values(period.report.measures) else { return nil }
    return period.report.top(n, by: v).map { (period.report.id($0), v[$0]) }
  }

  private static func tieWeights(_ r: MeasuresReport) -> [TieKey: Int] {
    var result: [TieKey: Int] = [:]
    for t in r.view.graph.ties { result[TieKey(r.id(t.a), r.id(t.b))] = t.weight }
    return result
  }

  /// Ties of `other` that `base` lacks, heaviest first, then by ids.
  private static func missing(from base: [TieKey: Int], in other: [TieKey: Int]) -> [TieChange] {
    other.filter { base[$0.key] == nil }
      .map { TieChange(a: $0.key.a, b: $0.key.b, weight: $0.value) }
      .sorted { ($1.weight, $0.a, $0.b) < ($0.weight, $1.a, $1.b) }
  }
}

/// An unordered pair of city ids.
private struct TieKey: Hashable {
  let a: String
  let b: String
  init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
}

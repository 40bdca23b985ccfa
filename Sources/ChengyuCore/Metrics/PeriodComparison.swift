/// The same filter applied to several year ranges (`chengyu compare`): each period's network and
/// measures, and the ties that appear or vanish from one period to the next.
public struct PeriodComparison: Sendable {
  /// One period's view and measures.
  public struct Period: Sendable {
    /// The years of the period (inclusive).
    public let years: ClosedRange<Int>
    /// The filtered view with its years set to the period.
    public let view: NetworkView
    /// Every measure of the period's network.
    public let measures: NetworkMeasures
  }

  /// A tie by its cities' ids (a < b) with its weight in the period where it exists.
  public struct TieChange: Sendable, Hashable {
    public let a: String
    public let b: String
    public let weight: Int
  }

  /// Ties gained and lost between two consecutive periods.
  public struct Change: Sendable {
    public let from: ClosedRange<Int>
    public let to: ClosedRange<Int>
    /// Ties in `to` but not in `from` (weight in `to`), heaviest first, then by ids.
    public let appeared: [TieChange]
    /// Ties in `from` but not in `to` (weight in `from`), heaviest first, then by ids.
    public let vanished: [TieChange]
    /// Number of ties in both periods.
    public let kept: Int
  }

  /// The measures ranked per period: the entries of `MeasureTable.cities` marked for comparison.
  public static var centralities: [CityMeasureDescriptor] { MeasureTable.cities.filter(\.rankedInComparison) }

  /// The three national stages of the region's policy: the Chengdu–Chongqing Economic Zone
  /// (成渝经济区, plan of 2011), the urban agglomeration (成渝城市群, plan of 2016) and the
  /// economic circle (成渝地区双城经济圈, launched 2020); `compare --periods stages`.
  public static let nationalStages: [ClosedRange<Int>] = [2011...2015, 2016...2019, 2020...2020]

  /// The filter shared by all periods (its own years are ignored).
  public let filter: Filter
  /// Whether path measures and eigenvector centrality read tie weights.
  public let weighted: Bool
  public let periods: [Period]
  /// One entry per pair of consecutive periods.
  public let changes: [Change]
  /// Governments that are a node in at least one period: the fixed actor set that
  /// `unionDensity` divides by, so densities of periods with different nodes compare.
  public let unionNodes: Int

  /// Builds every period's view from `filter` with its years replaced by the period.
  public init(dataset: Dataset, filter: Filter, periods years: [ClosedRange<Int>], weighted: Bool = false) {
    self.filter = filter
    self.weighted = weighted
    periods = years.map { y in
      var f = filter
      f.years = y
      let view = dataset.view(f)
      return Period(years: y, view: view, measures: NetworkMeasures(graph: view.graph, weighted: weighted))
    }
    var changes: [Change] = []
    for i in periods.indices.dropFirst() {
      let (before, after) = (Self.tieWeights(periods[i - 1].view), Self.tieWeights(periods[i].view))
      changes.append(Change(
        from: periods[i - 1].years, to: periods[i].years,
        appeared: Self.missing(from: before, in: after), vanished: Self.missing(from: after, in: before),
        kept: after.keys.filter { before[$0] != nil }.count))
    }
    self.changes = changes
    unionNodes = Set(periods.flatMap(\.view.graph.nodes)).count
  }

  /// The period's ties over all possible pairs of the union of the periods' nodes:
  /// 2m / (U(U − 1)); 0 for U < 2.
  public func unionDensity(_ p: Period) -> Double {
    let u = Double(unionNodes)
    return unionNodes < 2 ? 0 : 2 * Double(p.view.graph.tieCount) / (u * (u - 1))
  }

  /// The period's top `n` cities by a measure, in its default direction then by id (nil when it
  /// could not be computed, e.g. eigenvector centrality did not converge).
  public func top(_ n: Int, _ period: Period, by measure: CityMeasureDescriptor) -> [(id: String, value: Double)]? {
    guard let v = measure.values(period.measures) else { return nil }
    let sign = measure.descendingByDefault ? 1.0 : -1.0
    let ranked = period.view.nodesRanked(by: v.map { $0.map { $0 * sign } ?? -.infinity }).filter { v[$0] != nil }
    return ranked.prefix(n).map { (period.view.city(node: $0).id.rawValue, v[$0]!) }
  }

  private static func tieWeights(_ view: NetworkView) -> [TieKey: Int] {
    var result: [TieKey: Int] = [:]
    for t in view.graph.ties {
      result[TieKey(view.city(node: t.a).id.rawValue, view.city(node: t.b).id.rawValue)] = t.weight
    }
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

extension NetworkView {
  /// Every node, highest `score` first, equal scores by city id (the order of rankings).
  public func nodesRanked(by score: [Double]) -> [Int] {
    score.indices.sorted { score[$0] != score[$1] ? score[$0] > score[$1] : city(node: $0).id < city(node: $1).id }
  }
}

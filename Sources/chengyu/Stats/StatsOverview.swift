import ChengyuCore

/// The numbers `chengyu stats` reports for a filtered view of a dataset.
///
/// Counting rules (documented in docs/cli.md):
/// - `cities`: governments in scope at the view's aggregation level — those passing the node
///   conditions (level, in-region), after roll-up. With no filter and `signed`, every record of
///   cities.csv. Agreement conditions (years, family, text …) do not narrow it; `nodes` does that.
/// - `agreements`, `policies`: the records that pass the filter (`NetworkView`).
/// - `ties`, `nodes`, `density`: the filtered network.
/// - `dataset`: raw record counts, whatever the filter.
struct StatsOverview {
  /// Per mechanism type, in codebook order, zero counts included.
  struct MechanismCount {
    var mechanism: Mechanism
    var agreements: Int
  }

  /// Record counts of the loaded dataset, before any filter.
  struct RawCounts {
    var cities, agreements, policies, mechanisms, domains: Int
  }

  let source: String
  let filter: Filter
  let cities: Int
  let agreements: Int
  let policies: Int
  let ties: Int
  let nodes: Int
  let density: Double
  let raw: RawCounts
  /// One entry per year from the first to the last event of the view, empty years included.
  let years: [PeriodCount]
  let mechanisms: [MechanismCount]
  /// Nodes of the network per administrative level (levels with no node left out).
  let nodeLevels: [(level: AdminLevel, nodes: Int)]

  /// Computes the overview of `view`; `source` names the dataset (a folder or `embedded`).
  init(view: NetworkView, source: String) {
    let ds = view.dataset
    self.source = source
    filter = view.filter
    cities = ds.citiesInScope(view.filter).count
    agreements = view.agreements.count
    policies = view.policies.count
    ties = view.graph.tieCount
    nodes = view.graph.nodeCount
    density = view.graph.density
    raw = RawCounts(
      cities: ds.cities.count, agreements: ds.agreements.count, policies: ds.policies.count,
      mechanisms: ds.codebook.mechanisms.count, domains: ds.codebook.domains.count)
    years = Timeline.countsByYear(dataset: ds, agreements: view.agreements, policies: view.policies)
    var perMechanism = [Int](repeating: 0, count: ds.codebook.mechanisms.count)
    for i in view.agreements { perMechanism[ds.agreements.mechanism(i)] += 1 }
    mechanisms = ds.codebook.mechanisms.enumerated().map { MechanismCount(mechanism: $1, agreements: perMechanism[$0]) }
    var perLevel: [AdminLevel: Int] = [:]
    for city in view.graph.nodes { perLevel[ds.cities[city].level, default: 0] += 1 }
    nodeLevels = AdminLevel.allCases.compactMap { l in perLevel[l].map { (l, $0) } }
  }

  /// Agreements of one family in the view.
  func agreements(_ family: MechanismFamily) -> Int {
    mechanisms.filter { $0.mechanism.family == family }.reduce(0) { $0 + $1.agreements }
  }
}

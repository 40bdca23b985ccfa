@testable import ChengyuCore
import ChengyuData
import Testing

/// Every filter dimension lets the same agreements through on the columns as the row path did:
/// the reference below is the pre-columnar `NetworkBuilder` pass over `Agreement` values loaded
/// by `ReferenceRowLoader`, compared with `NetworkView` on the columnar dataset.
@Suite("Columnar filter passes vs the row path")
struct ColumnarFilterTests {
  /// The agreements passing `filter` that yield a tie, by date then id (the old builder's rule).
  static func referencePassing(_ ds: Dataset, _ rows: [Agreement], _ filter: Filter) -> [Int] {
    let rollUp = ds.rollUpMap(filter.aggregation)
    let counts = ds.cities.map(filter.counts)
    let text = RecordMatch(filter.text, in: ds, aggregation: filter.aggregation)
    let crossBorder = CrossBorderRule(dataset: ds)
    var kept: [Int] = []
    for (i, a) in rows.enumerated() {
      let m = ds.codebook.mechanisms[a.mechanism]
      guard filter.families.isEmpty || filter.families.contains(m.family),
        filter.mechanisms.isEmpty || filter.mechanisms.contains(m.id),
        filter.domains.isEmpty || a.domains.contains(where: { filter.domains.contains(ds.codebook.domains[$0].id) }),
        filter.years.map({ $0.contains(a.date.year) }) ?? true,
        filter.passesControls(a), text.isEmpty || text.matches(a)
      else { continue }
      let nodes = Array(Set(a.parties.filter { counts[$0] }.map { rollUp[$0] }))
      let tied = nodes.indices.contains { x in
        nodes.indices.contains { y in
          x < y && (!filter.crossBorderOnly || crossBorder.crosses(min(nodes[x], nodes[y]), max(nodes[x], nodes[y])))
        }
      }
      if tied { kept.append(i) }
    }
    return kept.sorted { (rows[$0].date, rows[$0].id) < (rows[$1].date, rows[$1].id) }
  }

  /// One filter per dimension (and a few combinations), with values taken from the data.
  static func filters(_ ds: Dataset, _ rows: [Agreement]) -> [Filter] {
    var result: [Filter] = [Filter()]
    func with(_ change: (inout Filter) -> Void) {
      var f = Filter()
      change(&f)
      result.append(f)
    }
    for family in MechanismFamily.allCases { with { $0.families = [family] } }
    for m in ds.codebook.mechanisms.prefix(3) { with { $0.mechanisms = [m.id] } }
    for d in ds.codebook.domains.prefix(3) { with { $0.domains = [d.id] } }
    let years = rows.map(\.date.year).sorted()
    if let low = years.first, let high = years.last {
      with { $0.years = low...low }
      with { $0.years = (low + high) / 2...high }
    }
    for n in [2, 3] { with { $0.maxParties = n } }
    for c in Set(rows.map(\.provenance.confidence)).sorted() { with { $0.confidences = [c] } }
    for level in AdminLevel.allCases { with { $0.levels = [level] } }
    with { $0.inRegionOnly = true }
    with { $0.crossBorderOnly = true }
    for level in [AggregationLevel.city, .province] { with { $0.aggregation = level } }
    // Text: a government's names, title words in both languages (any case), an id, a date.
    if let a = rows.first, let city = a.parties.first.map({ ds.cities[$0] }) {
      with { $0.text = city.nameZh }
      with { $0.text = city.nameEn.uppercased() }
      with { $0.text = String(a.titleZh.prefix(2)) }
      with { $0.text = String(a.titleEn.split(separator: " ").first ?? "x").uppercased() }
      with { $0.text = String(a.id.prefix(3)) }
      with { $0.text = a.date.description }
      with {
        $0.text = city.nameZh
        $0.aggregation = .city
        $0.families = [.governance]
      }
    }
    return result
  }

  static func check(_ files: DatasetFiles, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let ds = try #require(DatasetLoader.inspect(files).dataset, sourceLocation: sourceLocation)
    let rows = try #require(ReferenceRowLoader.inspect(files).agreements, sourceLocation: sourceLocation)
    for filter in filters(ds, rows) {
      let got = NetworkView(dataset: ds, filter: filter).agreements
      let want = referencePassing(ds, rows, filter)
      #expect(got == want, "filter \(filter)", sourceLocation: sourceLocation)
    }
  }

  @Test func embeddedData() throws { try Self.check(EmbeddedDataset.files) }

  @Test(arguments: [3, 11] as [UInt64])
  func syntheticCorpora(seed: UInt64) throws {
    try Self.check(SyntheticCorpus(seed: seed, cities: 150, agreements: 2_000, policies: 10).files())
  }

  /// Counts by year from the date column equal the timeline's (built from events).
  @Test func yearCountsAgree() {
    let ds = EmbeddedDataset.load()
    let view = NetworkView(dataset: ds, filter: Filter())
    #expect(Timeline.countsByYear(dataset: ds, agreements: view.agreements, policies: view.policies)
      == Timeline(view: view).countsByYear())
    #expect(Timeline.countsByYear(dataset: ds, agreements: [], policies: []).isEmpty)
  }
}

import ChengyuData
import Synchronization
import Testing

@testable import ChengyuCore

/// The incidence path (`NetworkBuilder`) against the plain reference builder
/// (`ReferenceNetwork`): same agreements, policies, nodes, ties in the same order with the same
/// agreements and weights, same adjacency and orders, for every filter dimension at every level.
@Suite("Incidence vs reference builder")
struct IncidenceEquivalenceTests {
  /// One filter per dimension (values taken from the dataset), a few combinations, and each
  /// view setting; every one is checked at every aggregation level.
  static func filters(_ ds: Dataset) -> [(String, Filter)] {
    let first = ds.agreements[0]
    let years = ds.agreements.map(\.date.year).sorted()
    let middle = years[years.count / 2]
    let signer = ds.cities[first.parties[0]]
    var cases: [(String, (inout Filter) -> Void)] = [
      ("none", { _ in }),
      ("governance", { $0.families = [.governance] }),
      ("collaboration", { $0.families = [.collaboration] }),
      ("mechanism", { $0.mechanisms = [ds.codebook.mechanisms[first.mechanism].id] }),
      ("family and mechanism", {
        $0.families = [.governance]
        $0.mechanisms = Set(ds.codebook.mechanisms.prefix(3).map(\.id))
      }),
      ("domain", { $0.domains = Set(first.domains.prefix(1).map { ds.codebook.domains[$0].id }) }),
      ("two domains", { $0.domains = Set(ds.codebook.domains.suffix(2).map(\.id)) }),
      ("years", { $0.years = middle...(middle + 2) }),
      ("years outside the data", { $0.years = 1...2 }),
      ("levels", { $0.levels = [.prefecture, .province] }),
      ("lower levels", { $0.levels = [.district, .county] }),
      ("in region", { $0.inRegionOnly = true }),
      ("cross-border", { $0.crossBorderOnly = true }),
      ("text names a government", { $0.text = signer.nameZh }),
      ("text in a title", { $0.text = TextMatch.fold(String(ds.agreements[ds.agreements.count / 3].id.suffix(3))) }),
      ("two words", { $0.text = "\(signer.nameEn.split(separator: " ")[0]) \(first.date.year)" }),
      ("max parties 2", { $0.maxParties = 2 }),
      ("max parties 3", { $0.maxParties = 3 }),
      ("confidence", { $0.confidences = [first.provenance.confidence] }),
      ("issuer", { $0.issuerLevels = [.central] }),
      ("keep isolates", { $0.keepIsolates = true }),
      ("isolates under node conditions", {
        $0.keepIsolates = true
        $0.levels = [.district, .county, .prefecture]
        $0.inRegionOnly = true
      }),
      ("newman", { $0.weighting = .newman }),
      ("newman cross-border", {
        $0.weighting = .newman
        $0.crossBorderOnly = true
      }),
      ("everything", {
        $0.families = [.collaboration]
        $0.years = (middle - 3)...(middle + 3)
        $0.inRegionOnly = true
        $0.crossBorderOnly = true
        $0.maxParties = 5
        $0.weighting = .newman
        $0.keepIsolates = true
      }),
    ]
    cases.append(("nothing passes", { $0.mechanisms = ["no-such-mechanism"] }))
    return AggregationLevel.allCases.flatMap { level in
      cases.map { name, set in
        var f = Filter()
        f.aggregation = level
        set(&f)
        return ("\(name) @\(level.rawValue)", f)
      }
    }
  }

  static func expectSame(_ ds: Dataset, _ filter: Filter, _ label: String) {
    let view = ds.view(filter)
    let ref = ReferenceNetwork(ds, filter)
    let g = view.graph
    expectSameNetwork(view.agreements, g, ref, label)
    #expect(view.policies == ref.policies, "\(label): policies")
    #expect(view.tiesByWeight() == ref.tiesByWeight, "\(label): ties by weight")
    let rows = (0..<g.nodeCount).map { view.ties(of: $0).map { [$0.tie, $0.partner] } }
    #expect(rows == ref.tiesOfNode.map { $0.map { [$0.tie, $0.partner] } }, "\(label): ties of each node")
    let byNode = view.agreementsByNode()
    #expect(byNode.count == g.nodeCount && g.nodes.indices.allSatisfy { byNode[$0] == view.agreements(of: $0) },
            "\(label): agreements by node")
    #expect(view.nodeOf.count == g.nodeCount && g.nodes.indices.allSatisfy { view.nodeOf[g.nodes[$0]] == $0 },
            "\(label): nodeOf")
  }

  /// Passing agreements, nodes, ties (ends, agreements, weights) and adjacency as the reference.
  static func expectSameNetwork(_ agreements: [Int], _ g: CooperationGraph, _ ref: ReferenceNetwork, _ label: String) {
    #expect(agreements == ref.agreements, "\(label): agreements")
    #expect(g.nodes == ref.nodes, "\(label): nodes")
    let ties = g.ties.map {
      ReferenceNetwork.RefTie(a: $0.a, b: $0.b, agreements: Array($0.agreements), newman: $0.newmanWeight)
    }
    #expect(ties == ref.ties, "\(label): ties")
    #expect(g.ties.map(\.weight) == ref.ties.map(\.agreements.count), "\(label): weights")
    #expect(g.offsets == ref.offsets && g.neighbors == ref.neighbors && g.neighborTies == ref.neighborTies,
            "\(label): adjacency")
  }

  @Test func embeddedDataAgreesForEveryDimensionAndLevel() {
    let ds = EmbeddedDataset.load()
    let cases = Self.filters(ds)
    #expect(cases.count == 26 * 3)
    // The cases must exercise something: several filters keep fewer ties than none.
    let none = ds.view().graph.tieCount
    #expect(cases.filter { ds.view($0.1).graph.tieCount < none }.count > 20)
    for (label, f) in cases { Self.expectSame(ds, f, label) }
  }

  /// A SYNTHETIC corpus (seeded), with confidences redrawn from the seed so that dimension has
  /// more than one value; made once per seed for the run (the incidence and pass tests share
  /// seeds, and a dataset is a value that never changes).
  static func synthetic(seed: UInt64) throws -> Dataset {
    if let ds = corpora.withLock({ $0[seed] }) { return ds }
    let ds = try freshSynthetic(seed: seed)
    corpora.withLock { $0[seed] = $0[seed] ?? ds }
    return ds
  }

  private static let corpora = Mutex<[UInt64: Dataset]>([:])

  /// As `synthetic`, newly loaded: its index and incidences not built yet.
  static func freshSynthetic(seed: UInt64) throws -> Dataset {
    let loaded = try DatasetLoader.load(SyntheticCorpus(seed: seed, cities: 80, agreements: 1_500, policies: 60).files())
    var rng = SplitMix64(seed: seed)
    let agreements = loaded.agreements.map { a in
      var a = a
      a.provenance.confidence = ["high", "medium", "low"][rng.below(3)]
      return a
    }
    return Dataset(cities: loaded.cities, agreements: agreements, policies: loaded.policies, codebook: loaded.codebook)
  }

  @Test(arguments: [UInt64(3), 11, 2026])
  func syntheticCorporaAgreeForEveryDimensionAndLevel(seed: UInt64) throws {
    let ds = try Self.synthetic(seed: seed)
    #expect(ds.view().graph.tieCount > 1_000)
    for (label, f) in Self.filters(ds) { Self.expectSame(ds, f, "seed \(seed) \(label)") }
  }

  @Test func viewsBuiltConcurrentlyMatchTheReference() async throws {
    let ds = try Self.freshSynthetic(seed: 5)
    let filters = Self.filters(ds).map(\.1)
    // A fresh dataset: the first callers race to build the index and the incidences.
    let views = await withTaskGroup(of: (Int, [Int], TieList).self) { group in
      for (i, f) in filters.enumerated() {
        group.addTask { let v = ds.view(f); return (i, v.agreements, v.graph.ties) }
      }
      var out = [(Int, [Int], TieList)]()
      for await r in group { out.append(r) }
      return out
    }
    #expect(views.count == filters.count)
    for (i, agreements, ties) in views {
      let ref = ReferenceNetwork(ds, filters[i])
      #expect(agreements == ref.agreements)
      #expect(ties.map { Array($0.agreements) } == ref.ties.map(\.agreements))
    }
  }
}

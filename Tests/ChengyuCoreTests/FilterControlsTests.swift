import ChengyuCore
import Testing

/// The controls the traps call for: a party-count cap, a confidence filter, a fixed actor
/// set and Newman's weighting, on the small dataset of `TestDatasets`.
@Suite struct FilterControlsTests {
  /// The small dataset with confidences set: A3 and A6 medium, the rest high.
  let dataset: Dataset = {
    let ds = TestDatasets.small
    var agreements = Array(ds.agreements)  // the store is immutable: edit values
    for i in agreements.indices {
      let medium = [TestDatasets.A.a3, TestDatasets.A.a6].contains(i)
      agreements[i].provenance = Provenance(sourceURL: "https://example.org", evidence: "", confidence: medium ? "medium" : "high")
    }
    return Dataset(cities: ds.cities, agreements: agreements, policies: ds.policies, codebook: ds.codebook)
  }()

  private func ids(_ change: (inout Filter) -> Void) -> [String] {
    var f = Filter()
    change(&f)
    return TestDatasets.ids(f, in: dataset)
  }

  @Test func maxPartiesCountsThePartiesAsSigned() {
    #expect(ids { $0.maxParties = 2 } == ["A1", "A4", "A5"])
    #expect(ids { $0.maxParties = 3 } == ids { _ in })
    var f = Filter()
    f.maxParties = 2
    #expect(!f.isEmpty && f.hasAgreementConditions)
  }

  @Test func confidenceKeepsTheGivenLevels() {
    #expect(ids { $0.confidences = ["medium"] } == ["A3", "A6"])
    #expect(ids { $0.confidences = ["high"] } == ["A2", "A1", "A4", "A5"])
    #expect(ids { $0.confidences = ["high", "medium"] } == ids { _ in })
    #expect(FilterSummary.text({ var f = Filter(); f.confidences = ["high"]; f.maxParties = 5; return f }())
      == "max-parties=5 confidence=high")
  }

  @Test func keepIsolatesMakesEveryGovernmentInScopeANode() {
    var f = Filter()
    f.years = 2019...2019  // A5 only: deyang–guiyang
    #expect(dataset.view(f).graph.nodeCount == 2)
    f.keepIsolates = true
    let v = dataset.view(f)
    #expect(v.graph.nodeCount == dataset.cities.count && v.graph.tieCount == 1)
    #expect(v.graph.density == 2.0 / Double(10 * 9))
    // Scope follows the node conditions and the roll-up: 4 in-region units at city level.
    f.inRegionOnly = true
    f.aggregation = .city
    let scoped = dataset.view(f)
    #expect(Set(scoped.graph.nodes) == dataset.citiesInScope(f))
    #expect(scoped.graph.nodeCount == 4 && scoped.graph.tieCount == 0)
    #expect(scoped.agreements.isEmpty)  // isolates add nodes, never agreements
    #expect(f.cleared().keepIsolates)
  }

  @Test func newmanWeightingAddsOneOverNMinusOnePerAgreement() {
    var f = Filter()
    f.weighting = .newman
    let v = dataset.view(f)
    let value = { (a: String, b: String) -> Double? in
      v.graph.ties.first { t in Set([v.city(node: t.a).id.rawValue, v.city(node: t.b).id.rawValue]) == [a, b] }?.value
    }
    #expect(value("chengdu", "chongqing") == 1)  // A1, bilateral
    #expect(value("tongnan", "yuzhong") == 1)  // A3 and A6, three parties each: 1/2 + 1/2
    #expect(value("chengdu", "yuzhong") == 0.5)
    // Each party gets 1 from each agreement: its value strength is its agreement count.
    for node in 0..<v.graph.nodeCount {
      let strength = (v.graph.offsets[node]..<v.graph.offsets[node + 1]).reduce(0.0) { $0 + v.graph.ties[v.graph.neighborTies[$1]].value }
      #expect(abs(strength - Double(v.agreements(of: node).count)) < 1e-12)
    }
    // Counts are unchanged; count weighting reads them.
    #expect(v.graph.ties.map(\.weight) == dataset.view().graph.ties.map(\.weight))
    #expect(dataset.view().graph.ties.allSatisfy { $0.value == Double($0.weight) })
  }

  @Test func weightedMeasuresReadTheNewmanValues() {
    // A path a–b–c with values 1/2 and 1/4: lengths 2 and 4, so b's closeness is 2 / 6.
    let g = CooperationGraph(nodes: [0, 1, 2], ties: [
      Tie(a: 0, b: 1, weight: 1, newmanWeight: 0.5), Tie(a: 1, b: 2, weight: 1, newmanWeight: 0.25),
    ])
    #expect(abs(g.closeness(weighted: true).closeness[1] - 2.0 / 6.0) < 1e-12)
    #expect(abs(g.closeness(weighted: false).closeness[1] - 1) < 1e-12)
  }

  @Test func modularityReadsTheNewmanValues() {
    // Triangle 0-1-2 with pendant 2-3; values 0.5, 1, 0.5, 2; communities {0,1} and {2,3}.
    // m = 4; D = 2.5 and 5.5; L = 0.5 and 2: Q = 0.5/4 − (2.5/8)² + 2/4 − (5.5/8)².
    let g = CooperationGraph(nodes: [0, 1, 2, 3], ties: [
      Tie(a: 0, b: 1, weight: 1, newmanWeight: 0.5), Tie(a: 1, b: 2, weight: 1, newmanWeight: 1),
      Tie(a: 0, b: 2, weight: 1, newmanWeight: 0.5), Tie(a: 2, b: 3, weight: 1, newmanWeight: 2),
    ])
    let expected = 0.5 / 4 - (2.5 / 8) * (2.5 / 8) + 2.0 / 4 - (5.5 / 8) * (5.5 / 8)
    #expect(abs(g.modularity([0, 0, 1, 1])! - expected) < 1e-12)
  }
}

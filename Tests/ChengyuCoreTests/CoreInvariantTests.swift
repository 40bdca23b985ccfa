import ChengyuCore
import Testing

/// Values derived from others cannot disagree with them: an agreement's family is the codebook's
/// family of its mechanism, a tie's weight is the number of its agreements. (`Dataset`'s parts
/// are `let`s and `Tie`'s fields `private(set)`, which the compiler enforces.)
@Suite struct CoreInvariantTests {
  @Test func agreementFamilyIsTakenFromTheCodebook() {
    // A1 uses joint-conference (governance) but is built claiming collaboration.
    let wrong = TestDatasets.agreements.enumerated().map { i, a in
      Agreement(id: a.id, date: a.date, titleZh: a.titleZh, titleEn: a.titleEn, parties: a.parties,
                mechanism: a.mechanism, family: i == 0 ? .collaboration : a.family, domains: a.domains)
    }
    let d = Dataset(cities: TestDatasets.cities, agreements: wrong, policies: [], codebook: TestDatasets.codebook)
    #expect(d.agreements[0].family == .governance)
    for a in d.agreements { #expect(a.family == d.mechanism(of: a).family) }
    // The family filter (codebook) and the family counts (`family`) now agree.
    var governance = Filter()
    governance.families = [.governance]
    let filtered = d.view(governance).agreements
    #expect(d.view(Filter()).familyCounts(d.view(Filter()).agreements).governance == filtered.count)
  }

  @Test func tieWeightIsItsAgreementCount() {
    #expect(Tie(a: 1, b: 0, agreements: [4, 7], weight: 9).weight == 2)
    #expect(Tie(a: 1, b: 0, weight: 9).weight == 9)
    #expect(Tie(a: 1, b: 0).weight == 0)
    let g = CooperationGraph(nodeCount: 3, edges: [(0, 1, 2), (1, 0, 3), (1, 2, 1)])
    #expect(g.ties.map(\.weight) == [5, 1])
  }
}

import ChengyuCore
import Testing

/// Mechanism layers on the small dataset at city level (worked out by hand from TestDatasets):
/// governance = A1 chengdu–chongqing, A4 sichuan–chongqing; collaboration = A3 and A6, both
/// chengdu–chongqing once rolled up (weight 2), and A5 deyang–guiyang (A2 collapses into Chengdu).
@Suite struct LayerComparisonTests {
  let dataset = TestDatasets.small

  private func comparison(_ a: String = "governance", _ b: String = "collaboration", weighted: Bool = false) -> LayerComparison {
    var f = Filter()
    f.aggregation = .city
    let book = dataset.codebook
    return LayerComparison(
      dataset: dataset, filter: f, layers: (.init(a, codebook: book)!, .init(b, codebook: book)!),
      weightedQAP: weighted, permutations: 1000, seed: 1)
  }

  private func names(_ ties: [LayerComparison.LayerTie]) -> [String] {
    ties.map { "\(dataset.cities[$0.a].id)-\(dataset.cities[$0.b].id):\($0.first)/\($0.second)" }
  }

  @Test func overlapAndJaccardByHand() {
    let c = comparison()
    #expect(names(c.both) == ["chengdu-chongqing:1/2"])
    #expect(names(c.onlyFirst) == ["chongqing-sichuan:1/0"])
    #expect(names(c.onlySecond) == ["deyang-guiyang:0/1"])
    #expect(c.jaccard == 1.0 / 3.0)
    #expect(c.cities.map { dataset.cities[$0].id.rawValue } == ["chengdu", "chongqing", "deyang", "guiyang", "sichuan"])
    #expect(c.degrees.map(\.first) == [1, 2, 0, 0, 1])
    #expect(c.degrees.map(\.second) == [1, 1, 1, 1, 0])
  }

  @Test func qapCorrelatesTheBinaryOrTheWeightedMatrices() {
    // Binary: 10 cells, 2 ties in each, 1 shared: r = (1 − 10·0.2·0.2) / (2 − 10·0.04) = 0.375.
    let binary = comparison()
    #expect(abs(binary.qap.correlation! - 0.375) < 1e-12)
    #expect(binary.qap.exact && binary.qap.permutations == 120)
    // Weighted: the shared tie weighs 2 in collaboration: y = (2, 1), Σy = 3, Σy² = 5.
    // r = (2 − 10·0.2·0.3) / sqrt((2 − 0.4)(5 − 0.9)).
    let weighted = comparison(weighted: true)
    #expect(abs(weighted.qap.correlation! - (2 - 0.6) / (1.6 * 4.1).squareRoot()) < 1e-12)
  }

  @Test func layersAreFamiliesOrMechanismIdsAndNothingElse() {
    let book = dataset.codebook
    #expect(LayerComparison.Layer("governance", codebook: book) == .family(.governance))
    #expect(LayerComparison.Layer("joint-conference", codebook: book) == .mechanism("joint-conference"))
    #expect(LayerComparison.Layer("nope", codebook: book) == nil)
    #expect(LayerComparison.Layer("joint-conference", codebook: book)?.nameZh(in: book) == "联席会议机制")
    let c = comparison("joint-conference", "sectoral-agreement")
    #expect(names(c.both) == ["chengdu-chongqing:1/2"] && names(c.onlySecond).isEmpty)
  }

  @Test func anEmptyLayerHasNoJaccardOrCorrelationButDoesNotFail() {
    var f = Filter()
    f.years = 1990...1991
    let c = LayerComparison(dataset: dataset, filter: f, layers: (.family(.governance), .family(.collaboration)))
    #expect(c.jaccard == nil && c.qap.correlation == nil && c.cities.isEmpty)
  }
}

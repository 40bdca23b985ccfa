import ChengyuCore

/// The comparisons of the Layers and Compare screens, derived once per filter with the rest of
/// `FilterModel`: the governance and collaboration layers of the filter (its own family and
/// mechanism choice set aside, since the layers are those), and the three national stages (its
/// own years set aside, since the stages are those).
///
/// Both are skipped (nil) over the explorer's measures budget, as the measures are; the screens
/// then say to use `chengyu compare`. (QAP holds its two matrices sparse, so memory is no limit
/// of its own: 1,000 permutations cost 1,000 passes over the governance ties.)
public struct AnalysisModel: Sendable {
  public let layers: LayerComparison?
  public let stages: PeriodComparison?

  /// Permutations and seed of the explorer's QAP: the command line's defaults.
  public static let permutations = 1000
  public static let seed: UInt64 = 1

  init(dataset: Dataset, filter: Filter, graph: CooperationGraph, budget: Int) {
    var layerFilter = filter
    layerFilter.families = []
    layerFilter.mechanisms = []
    var stageFilter = filter
    stageFilter.years = nil
    // Every layer and every stage is part of this network: within budget, so are they.
    var widest = layerFilter
    widest.years = nil
    let all = widest == filter ? graph : dataset.view(widest).graph
    guard all.nodeCount * all.tieCount <= budget else {
      (layers, stages) = (nil, nil)
      return
    }
    layers = LayerComparison(
      dataset: dataset, filter: layerFilter, layers: (.family(.governance), .family(.collaboration)),
      permutations: Self.permutations, seed: Self.seed)
    stages = PeriodComparison(dataset: dataset, filter: stageFilter, periods: PeriodComparison.nationalStages)
  }
}

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
  /// The Compare screen's own periods when they are not the stages (`custom`'s periods), computed
  /// with the rest off the key path; nil when none were asked for or over the budget.
  let customPeriods: [ClosedRange<Int>]?
  let custom: PeriodComparison?

  /// Permutations and seed of the explorer's QAP: the command line's defaults.
  public static let permutations = 1000
  public static let seed: UInt64 = 1

  /// The comparisons for `filter`; `cancel` is checked between them (once cancelled, the
  /// stages are skipped and the model must be discarded) and told the share done.
  /// `periods` are the Compare screen's when not the stages: compared too, within the same budget.
  init(dataset: Dataset, filter: Filter, graph: CooperationGraph, budget: Int, cancel: CancellationToken? = nil,
       periods: [ClosedRange<Int>] = PeriodComparison.nationalStages) {
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
      (layers, stages, customPeriods, custom) = (nil, nil, nil, nil)
      return
    }
    layers = LayerComparison(
      dataset: dataset, filter: layerFilter, layers: (.family(.governance), .family(.collaboration)),
      permutations: Self.permutations, seed: Self.seed)
    cancel?.report(0.5)
    stages = cancel.isCancelled
      ? nil : PeriodComparison(dataset: dataset, filter: stageFilter, periods: PeriodComparison.nationalStages)
    let own = periods != PeriodComparison.nationalStages && !cancel.isCancelled
    customPeriods = own ? periods : nil
    custom = own ? PeriodComparison(dataset: dataset, filter: stageFilter, periods: periods) : nil
    cancel?.report(1)
  }
}

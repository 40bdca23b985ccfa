import ChengyuCore

/// Work the explorer runs off the key path: the slow parts of a `FilterModel`, the analysis
/// views' work (`ViewWork`: follow-up counts, ego networks, Compare periods) and exports.
public enum WorkKind: String, CaseIterable, Sendable, Hashable {
  case pictures, measures, analysis, followUps, record, ego, periods, export

  /// Its name in the header's progress ("measures 45%").
  var label: WorkMsg {
    switch self {
    case .pictures: .partPictures
    case .measures: .partMeasures
    case .analysis: .partAnalysis
    case .followUps: .partFollowUps
    case .record: .partRecord
    case .ego: .partEgo
    case .periods: .partPeriods
    case .export: .partExport
    }
  }
}

/// A slow part of a `FilterModel`, computed off the key path for one filter.
public enum ModelPart: Sendable {
  case pictures(PictureModel)
  case measures(NetworkMeasures)
  case analysis(AnalysisModel)

  /// Computes `kind` for `view` (pure: safe on a worker thread). Nil when `cancel` was cancelled
  /// meanwhile (the part is then incomplete) or for the kinds that are not part of the model.
  /// `periods`: the Compare screen's, compared with the analysis when they are not the stages.
  static func compute(_ kind: WorkKind, view: NetworkView, budget: Int, cancel: CancellationToken?,
                      periods: [ClosedRange<Int>] = PeriodComparison.nationalStages) -> ModelPart? {
    let part: ModelPart
    switch kind {
    case .pictures: part = .pictures(PictureModel(view, cancel: cancel))
    case .measures:
      if let cancel {
        guard let m = NetworkMeasures(graph: view.graph, cancel: cancel) else { return nil }
        part = .measures(m)
      } else {
        part = .measures(NetworkMeasures(graph: view.graph))
      }
    case .analysis:
      part = .analysis(AnalysisModel(dataset: view.dataset, filter: view.filter, graph: view.graph, budget: budget,
                                     cancel: cancel, periods: periods))
    case .export, .followUps, .record, .ego, .periods: return nil
    }
    return cancel.isCancelled ? nil : part
  }
}

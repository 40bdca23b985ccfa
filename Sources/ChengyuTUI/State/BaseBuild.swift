import ChengyuCore

/// A filter's base model built off the key path (`ExplorerProgram.startBase`): the
/// `FilterModel` without its slow parts, and what the state derives from it at once — the big
/// lists' sort orders, the analysis views, each list's selection kept on the same row — so that
/// taking it (`AppState.receiveBase`) is an assignment, not a computation.
struct BaseBuild: Sendable {
  /// A list's selection before the build (its row and the search it was made under) and the
  /// row standing for the same city, tie or record in the new model.
  struct Selection: Sendable {
    let before: Int
    let search: String?
    let after: Int?
  }

  let model: FilterModel
  let rowOrders: [ScreenKind: (sort: SortState?, rows: [Int])]
  let analysisViews: AnalysisViewState
  let selections: [ListKey: Selection]

  /// Builds `filter`'s base for `state` (a copy taken when the build started; pure, so it runs on
  /// a worker thread). Nil when `cancel` was cancelled: a newer filter stops the build between
  /// its steps, and what was built so far is dropped.
  static func make(_ state: AppState, filter: Filter, cancel: CancellationToken?) -> BaseBuild? {
    guard let model = FilterModel(dataset: state.dataset, filter: filter, datasetYears: state.datasetYears,
                                  measuresBudget: state.measuresBudget, deferring: state.defersWork,
                                  cancel: cancel?.part(0...0.7))
    else { return nil }
    return state.built(model, cancel: cancel)
  }
}

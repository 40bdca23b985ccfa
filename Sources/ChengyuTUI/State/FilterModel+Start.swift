import ChengyuCore

extension FilterModel {
  /// The model the explorer holds before its first one is built off the key path (as a filter
  /// change's, `BaseBuild`): nothing passes, nothing is computed (no filter index, no incidence),
  /// so the first frame is drawn as soon as the data is loaded. `AppState.hasModel` is false
  /// while it is held, and the screens that read the model show the placeholder instead of it.
  init(startOf dataset: Dataset, filter: Filter, datasetYears: ClosedRange<Int>, measuresBudget: Int) {
    self.filter = filter
    view = NetworkView(nothingOf: dataset, filter: filter)
    allYearsView = view
    degrees = []
    strengths = []
    self.measuresBudget = measuresBudget
    componentSizes = []
    familySplit = (0, 0)
    tiesByWeight = []
    partners = PartnerLists()
    timelineYears = datasetYears.map { PeriodCount(year: $0) }
    monthsByYear = [:]
    policiesByYear = [:]
  }
}

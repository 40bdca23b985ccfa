extension NetworkView {
  /// A view of `dataset` through which nothing passes, made without looking at the data: no
  /// agreements, no policies, no nodes. `init(dataset:filter:)` builds the filter index and the
  /// level's incidence on first use (a large share of a second at 10⁶ agreements); a program
  /// that must draw before its first real view is built (the explorer's first frame) holds this
  /// one meanwhile and never shows it as the filter's.
  public init(nothingOf dataset: Dataset, filter: Filter) {
    self.dataset = dataset
    self.filter = filter
    agreements = []
    policies = []
    graph = CooperationGraph(nodes: [], ties: [])
    nodeOf = [:]
  }
}

import ChengyuCore

/// What a screen shows where its data is still being computed off the key path: one dim line
/// naming the work and its share done, in the middle of the area (as the Graph screen's layout).
enum WorkPlaceholder {
  /// The line for `kind` ("Computing the measures… 45%  (keys keep working)").
  static func text(_ state: AppState, _ kind: WorkKind, pen: Pen) -> String {
    let done = state.work[kind].map { " \(Int($0 * 100))%" } ?? ""
    switch kind {
    case .pictures: return state.t(WorkMsg.computingPictures, state.view.graph.nodeCount, pen.ellipsis, done)
    case .analysis: return state.t(WorkMsg.computingAnalysis, pen.ellipsis, done)
    case .ego:
      let city = { if case .ego(let c) = state.screen { state.name(state.dataset.cities[c]) } else { "" } }()
      return state.t(WorkMsg.computingEgo, city, pen.ellipsis, done)
    case .periods: return state.t(WorkMsg.computingPeriods, PeriodList.text(state.analysisViews.periods), pen.ellipsis, done)
    case .record: return state.t(TUIAnalysisMsg.followedByCounting, state.analysisViews.followUpMonths, pen.ellipsis, done)
    case .followUps: return state.t(TUIAnalysisMsg.followUpCounting, pen.dot, state.analysisViews.followUpMonths, pen.ellipsis, done)
    case .measures, .export: return state.t(WorkMsg.computingMeasures, pen.ellipsis, done)
    }
  }

  static func render(_ state: AppState, _ kind: WorkKind, in area: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    pen.put(&buffer, text(state, kind, pen: pen), x: area.x + 2, y: area.y + area.height / 2,
            width: max(0, area.width - 4), style: Styles.dim)
  }

  /// The body of a screen while the filter's model is built off the key path.
  static func renderFiltering(_ state: AppState, in area: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let agreements = CountNoun.agreements.count(state.dataset.agreements.count, state.lang)
    let text = state.t(state.hasModel ? WorkMsg.filteringBody : .buildingBody, agreements, pen.ellipsis, " \(Int(state.filteringDone * 100))%")
    let y = area.y + area.height / 2
    pen.put(&buffer, text, x: area.x + 2, y: y, width: max(0, area.width - 4), style: Styles.dim)
    guard y + 1 < area.maxY else { return }
    pen.put(&buffer, state.t(WorkMsg.filteringKeys), x: area.x + 2, y: y + 1, width: max(0, area.width - 4), style: Styles.dim)
  }
}

import ChengyuCore

/// The analysis views' choices on their keys: each only notes the choice; what it needs is
/// computed at once without `defersWork`, else off the key path by the explorer's jobs
/// (`ViewWork`), which hand their results to `receive(_:for:filter:)`.
extension AppState {
  /// Computes what the analysis views still need now, unless that is left to background jobs.
  mutating func updateAnalysisViews() {
    guard !defersWork else { return }
    analysisViews.computePending(model)
    clampAllLists()
  }

  /// The ego network of `city` is wanted (its screen is being shown).
  mutating func wantEgo(_ city: Int) {
    analysisViews.openEgo(city)
    updateAnalysisViews()
  }

  /// The screen on top is the Timeline (shown, or reached by Tab): its counts are wanted.
  mutating func wantTimelineCounts() {
    guard screen == .timeline, !analysisViews.timelineShown else { return }
    analysisViews.showTimeline()
    updateAnalysisViews()
  }

  /// A policy's record is being shown: what followed it is wanted.
  mutating func wantPolicyRecord(_ policy: Int) {
    analysisViews.openRecord(policy)
    updateAnalysisViews()
  }

  /// `w`: the next follow-up window; returns it.
  mutating func nextFollowUpWindow() -> Int {
    let months = analysisViews.nextWindow()
    updateAnalysisViews()
    return months
  }

  /// New periods for the Compare screen.
  mutating func setComparePeriods(_ ranges: [ClosedRange<Int>]) {
    analysisViews.setPeriods(ranges)
    updateAnalysisViews()
  }

  /// Whether the analysis views' work of `kind` is still being computed (never without
  /// `defersWork`, where it is done on the key).
  func computing(_ kind: WorkKind) -> Bool { analysisViews.isPending(kind, model) }

  /// Takes a piece of the analysis views computed off the key path for `work` under `filter`:
  /// dropped unless that filter is in force and the work still wanted (a newer filter, window
  /// or periods make it stale). True when taken.
  mutating func receive(_ part: ViewPart, for work: ViewWork, filter: Filter) -> Bool {
    guard filter == model.filter, !isFiltering, analysisViews.pending(model).contains(work) else { return false }
    analysisViews.fill(part)
    clampAllLists()
    return true
  }
}

import ChengyuCore

/// The analysis views' work off the key path (`ViewWork`): the Timeline's follow-up counts, the
/// ego networks opened and the Compare screen's periods. A key only notes the choice (`w`, `o`,
/// `p`); the job computes from the model in force, a newer filter or a choice that no longer
/// wants the work cancels it, and its result is taken only while still wanted
/// (`AppState.receive(_:for:filter:)`). The screens show a placeholder with the progress meanwhile.
extension ExplorerProgram {
  /// Cancels the jobs no longer wanted (another filter, window or periods) and starts the
  /// missing ones (none while a new filter's model is built: they are computed from it).
  mutating func startViews() {
    let wanted = state.isFiltering ? [] : state.analysisViews.pending(state.model)
    for (work, running) in viewJobs where running.filter != state.filter || !wanted.contains(work) {
      running.job.cancel()
      viewJobs[work] = nil
    }
    let (model, index, hook) = (state.model, state.analysisViews.followUpIndex, beforePart)
    for work in wanted where viewJobs[work] == nil {
      let filter = model.filter
      viewJobs[work] = FilterJob(filter: filter, job: BackgroundJob { token in
        hook?(work.kind, filter)
        return ViewPart.compute(work, model: model, index: index, cancel: token)
      })
    }
  }

  /// Delivers the finished jobs' results (a stale one is dropped by the state).
  mutating func pollViews() {
    for (work, running) in viewJobs where running.job.isDone {
      viewJobs[work] = nil
      if let part = running.job.result { _ = state.receive(part, for: work, filter: running.filter) }
    }
  }
}

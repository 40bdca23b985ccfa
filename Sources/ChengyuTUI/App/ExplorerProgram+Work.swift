import ChengyuCore

/// The slow work of the explorer, off the key path. A filter change only notes the filter asked
/// for (`AppState.setFilter`); its base model (`BaseBuild`: the view, the every-year view and
/// timeline, degrees, components, orders, the big lists' sorts) is built here as a
/// `BackgroundJob` — a newer filter cancels it — and taken in one step when ready
/// (`AppState.receiveBase`, only for the filter asked for last). Then each of the model's slow
/// parts (`FilterModel.pending`) and each export runs as a job; a filter change cancels the parts
/// computed for the older filter, and a part is taken only for the filter in force
/// (`AppState.receive`), so no stale result is ever drawn. The analysis views' work (follow-up
/// counts, ego networks, Compare periods) runs the same way, also stale once its window, city or
/// periods are no longer wanted (ExplorerProgram+Views.swift). The screens show what is ready, with
/// the header's progress for the rest (`AppState.work`, `AppState.filteringDone`).
extension ExplorerProgram {
  /// How long the run loop may wait: while work runs it is polled every 50 ms, the growth steps
  /// every 0.7 s; otherwise the explorer sleeps until a key.
  public func wakeAfter() -> Duration? {
    if baseJob != nil || layoutJob != nil || !partJobs.isEmpty || !viewJobs.isEmpty || !exportJobs.isEmpty {
      return .milliseconds(50)
    }
    return state.isPlaying ? .milliseconds(700) : nil
  }

  /// After every event: starts the work the state needs, then waits for it (all of it without
  /// `background`, at most `grace` with it) and delivers what has finished. The base model comes
  /// first: the parts are computed from it.
  mutating func runWork() {
    startBase()
    if background {
      let deadline = ContinuousClock.now + grace
      if let base = baseJob, !baseIsSlow, base.job.wait(upTo: max(.zero, deadline - ContinuousClock.now)) { pollBase() }
      startParts()
      startLayoutIfNeeded()
      for job in runningJobs {
        let left = deadline - ContinuousClock.now
        if left <= .zero || !job.wait(upTo: left) { break }
      }
    } else {
      if let base = baseJob {
        base.job.wait(upTo: nil)
        pollBase()
      }
      startParts()
      startLayoutIfNeeded()
      // New parts may be asked for once others arrive (compute-measures); loop until none runs.
      while !partJobs.isEmpty || !viewJobs.isEmpty || !exportJobs.isEmpty {
        for job in runningJobs { job.wait(upTo: nil) }
        pollWork()
        startParts()
      }
    }
    pollWork()
    startParts()  // what arrived may want more (the Compare periods wait for the comparisons)
  }

  /// Starts building the base model of the filter asked for, unless it is being built; cancels
  /// a build for any other filter (also when the filter asked for is the model's own again).
  mutating func startBase() {
    guard let filter = state.requestedFilter else {
      baseJob?.job.cancel()
      baseJob = nil
      return
    }
    guard baseJob?.filter != filter else { return }
    baseJob?.job.cancel()
    let snapshot = state
    let hook = beforeBase
    baseStarted = ContinuousClock.now
    baseJob = FilterJob(filter: filter, job: BackgroundJob { token in
      hook?(filter)
      return BaseBuild.make(snapshot, filter: filter, cancel: token)
    })
  }

  /// Delivers a finished base model (a cancelled or stale one is dropped), or its progress; once
  /// it is in, the slow parts start from it.
  mutating func pollBase() {
    guard let running = baseJob else { return }
    guard running.job.isDone else {
      state.filteringDone = running.job.progress
      return
    }
    baseJob = nil
    if running.job.result != nil { baseIsSlow = ContinuousClock.now - baseStarted > grace }
    if let build = running.job.result, state.receiveBase(build) {
      startParts()
      startLayoutIfNeeded()
    }
  }

  /// The parts and exports running.
  private var runningJobs: [any WaitableJob] {
    partJobs.values.map { $0.job as any WaitableJob } + viewJobs.values.map { $0.job as any WaitableJob }
      + exportJobs.map { $0 as any WaitableJob }
  }

  /// Delivers finished work to the state and notes the progress of the rest.
  mutating func pollWork() {
    pollBase()
    pollLayout()
    for (kind, running) in partJobs where running.job.isDone {
      partJobs[kind] = nil
      if let part = running.job.result { _ = state.receive(part, for: running.filter) }
    }
    pollViews()
    let finished = exportJobs.filter(\.isDone)
    exportJobs.removeAll { $0.isDone }
    for job in finished {
      if let outcome = job.result { _ = reduce(&state, .exportFinished(outcome)) }
    }
    var work: [WorkKind: Double] = [:]
    for (kind, running) in partJobs { work[kind] = running.job.progress }
    for (item, running) in viewJobs { work[item.kind] = max(work[item.kind] ?? 0, running.job.progress) }
    if !exportJobs.isEmpty { work[.export] = 0 }
    state.work = work
  }

  /// Cancels the parts computed for another filter and starts the missing ones, and the same
  /// for the analysis views' work (`startViews`).
  mutating func startParts() {
    defer { startViews() }
    let filter = state.filter
    for (kind, running) in partJobs where running.filter != filter {
      running.job.cancel()
      partJobs[kind] = nil
    }
    guard !state.isFiltering else { return }  // the parts are computed from the new model
    let view = state.view
    let budget = state.measuresBudget
    let periods = state.analysisViews.periods  // custom Compare periods come with the analysis
    let hook = beforePart
    for kind in state.model.pending where partJobs[kind] == nil {
      partJobs[kind] = FilterJob(filter: filter, job: BackgroundJob { token in
        hook?(kind, filter)
        return ModelPart.compute(kind, view: view, budget: budget, cancel: token, periods: periods)
      })
    }
  }

  /// Writes the current view on a worker thread; `.exportFinished` reports back when done.
  mutating func startExport(_ format: ExportFormat, to path: String, force: Bool, excel: Bool = false) {
    let (view, origin) = (state.view, origin)
    state.status = state.t(WorkMsg.exporting, path, Pen(ascii: state.asciiMode).ellipsis)
    exportJobs.append(BackgroundJob { _ in ExplorerProgram.export(view, origin: origin, format, to: path, force: force, excel: excel) })
  }

  /// Waits for the exports being written and reports them.
  mutating func finishExports() {
    for job in exportJobs { job.wait() }
    pollWork()
  }
}

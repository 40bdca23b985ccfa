import ChengyuCore

/// The slow work of the explorer, off the key path: each of the filter model's slow parts
/// (`FilterModel.pending`) and each export runs as a `BackgroundJob`; a filter change cancels
/// the parts computed for the older filter, and a part is taken only for the filter in force
/// (`AppState.receive`), so no stale result is ever drawn. The screens show what is ready, with
/// the header's progress for the rest (`AppState.work`).
extension ExplorerProgram {
  /// How long the run loop may wait: while work runs it is polled every 50 ms, the growth steps
  /// every 0.7 s; otherwise the explorer sleeps until a key.
  public func wakeAfter() -> Duration? {
    if layoutJob != nil || !partJobs.isEmpty || !exportJobs.isEmpty { return .milliseconds(50) }
    return state.isPlaying ? .milliseconds(700) : nil
  }

  /// After every event: starts the work the state needs, then waits for it (all of it without
  /// `background`, at most `grace` with it) and delivers what has finished.
  mutating func runWork() {
    startParts()
    startLayoutIfNeeded()
    if background {
      let deadline = ContinuousClock.now + grace
      for job in runningJobs {
        let left = deadline - ContinuousClock.now
        if left <= .zero || !job.wait(upTo: left) { break }
      }
    } else {
      // New parts may be asked for once others arrive (compute-measures); loop until none runs.
      while !partJobs.isEmpty || !exportJobs.isEmpty {
        for job in runningJobs { job.wait(upTo: nil) }
        pollWork()
        startParts()
      }
    }
    pollWork()
  }

  /// The parts and exports running.
  private var runningJobs: [any WaitableJob] {
    partJobs.values.map { $0.job as any WaitableJob } + exportJobs.map { $0 as any WaitableJob }
  }

  /// Delivers finished work to the state and notes the progress of the rest.
  mutating func pollWork() {
    pollLayout()
    for (kind, running) in partJobs where running.job.isDone {
      partJobs[kind] = nil
      if let part = running.job.result { _ = state.receive(part, for: running.filter) }
    }
    let finished = exportJobs.filter(\.isDone)
    exportJobs.removeAll { $0.isDone }
    for job in finished {
      if let outcome = job.result { _ = reduce(&state, .exportFinished(outcome)) }
    }
    var work: [WorkKind: Double] = [:]
    for (kind, running) in partJobs { work[kind] = running.job.progress }
    if !exportJobs.isEmpty { work[.export] = 0 }
    state.work = work
  }

  /// Cancels the parts computed for another filter and starts the missing ones.
  mutating func startParts() {
    let filter = state.filter
    for (kind, running) in partJobs where running.filter != filter {
      running.job.cancel()
      partJobs[kind] = nil
    }
    let view = state.view
    let budget = state.measuresBudget
    let hook = beforePart
    for kind in state.model.pending where partJobs[kind] == nil {
      partJobs[kind] = FilterJob(filter: filter, job: BackgroundJob { token in
        hook?(kind, filter)
        return ModelPart.compute(kind, view: view, budget: budget, cancel: token)
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

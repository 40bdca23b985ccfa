import ChengyuCore

extension ExplorerProgram {
  /// Delivers a finished layout, or its progress, to the state.
  mutating func pollLayout() {
    guard let running = layoutJob else { return }
    if running.job.isDone {
      layoutJob = nil
      if let picture = running.job.result {
        _ = reduce(&state, .picture(.layoutFinished(GraphLayout(filter: running.filter, picture: picture))))
      }
    } else {
      _ = reduce(&state, .picture(.layoutProgress(running.job.progress)))
    }
  }

  /// Starts the layout the graph screen waits for, unless it already runs, on a worker thread
  /// (a newer filter cancels the older layout; the layout checks between steps). Without
  /// `background` it is waited for at once (same result, every time).
  mutating func startLayoutIfNeeded() {
    guard let filter = state.graphLayoutNeeded, layoutJob?.filter != filter else { return }
    layoutJob?.job.cancel()
    let view = state.view
    layoutJob = FilterJob(filter: filter, job: BackgroundJob { token in
      NetworkPicture.graph(view, layout: ForceLayout()) { p in
        token.report(p)
        return !token.isCancelled
      }
    })
    if !background {
      layoutJob?.job.wait()
      pollLayout()
    }
  }
}

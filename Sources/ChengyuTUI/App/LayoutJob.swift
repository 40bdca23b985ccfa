import ChengyuCore
import Dispatch
import Synchronization

/// A graph layout running on a background thread, so the explorer keeps answering keys while
/// it runs; the run loop polls it on its timer (`ExplorerProgram.wakeAfter`) and a newer filter
/// cancels it (the layout checks between steps).
final class LayoutJob: Sendable {
  /// The filter the layout is for.
  let filter: Filter
  private let box = Mutex<(progress: Double, result: NetworkPicture?, cancelled: Bool)>((0, nil, false))

  init(view: NetworkView, layout: ForceLayout = ForceLayout()) {
    filter = view.filter
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let picture = NetworkPicture.graph(view, layout: layout) { p in
        self.box.withLock { b in
          b.progress = p
          return !b.cancelled
        }
      }
      box.withLock { $0.result = picture }
    }
  }

  /// Share done (0…1).
  var progress: Double { box.withLock { $0.progress } }
  /// The picture once the layout finished (nil before, or when cancelled).
  var result: NetworkPicture? { box.withLock { $0.result } }

  /// Asks the layout to stop at its next step.
  func cancel() { box.withLock { $0.cancelled = true } }
}

extension ExplorerProgram {
  /// How long the run loop may wait: a running layout is polled every 50 ms, the growth steps
  /// every 0.7 s; otherwise the explorer sleeps until a key.
  public func wakeAfter() -> Duration? {
    if layoutJob != nil { return .milliseconds(50) }
    return state.isPlaying ? .milliseconds(700) : nil
  }

  /// Delivers a finished layout, or its progress, to the state.
  mutating func pollLayout() {
    guard let job = layoutJob else { return }
    if let picture = job.result {
      layoutJob = nil
      _ = reduce(&state, .picture(.layoutFinished(GraphLayout(filter: job.filter, picture: picture))))
    } else {
      _ = reduce(&state, .picture(.layoutProgress(job.progress)))
    }
  }

  /// Starts the layout the graph screen waits for, unless it already runs: on a background
  /// thread in the terminal, at once for scripts and tests (same result, every time).
  mutating func startLayoutIfNeeded() {
    guard let filter = state.graphLayoutNeeded, layoutJob?.filter != filter else { return }
    layoutJob?.cancel()
    layoutJob = nil
    if backgroundLayout {
      layoutJob = LayoutJob(view: state.view)
    } else if let picture = NetworkPicture.graph(state.view) {
      _ = reduce(&state, .picture(.layoutFinished(GraphLayout(filter: filter, picture: picture))))
    }
  }
}

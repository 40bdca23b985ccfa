import ChengyuCore
import Dispatch
import Synchronization

/// One piece of work on a worker thread, so the explorer keeps answering keys while it runs:
/// a graph layout, a slow part of the filter model (measures, Louvain, comparisons), an export,
/// the dataset being loaded. The run loop polls it on its timer (`ExplorerProgram.wakeAfter`),
/// which runs only while some job does, so the idle explorer makes no wake-ups.
///
/// The work receives the job's `CancellationToken`, checks it in its loops and reports its
/// progress to it; a cancelled job never has a result, so whatever the work returned after
/// `cancel()` (incomplete values) is dropped here.
final class BackgroundJob<Value: Sendable>: Sendable, WaitableJob {
  /// Cancellation and progress shared with the work.
  let token = CancellationToken()
  private let outcome = Mutex<(done: Bool, value: Value?)>((false, nil))
  /// Signalled once when the work ends (`wait` puts the signal back for the next waiter).
  private let ended = DispatchSemaphore(value: 0)

  /// Starts `work` on a worker thread at once.
  init(_ work: @escaping @Sendable (CancellationToken) -> Value?) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let value = work(token)
      outcome.withLock { $0 = (true, token.isCancelled ? nil : value) }
      ended.signal()
    }
  }

  /// Share done (0…1), as the work last reported it.
  var progress: Double { token.progress }
  /// Whether the work has ended (with a result, without one, or cancelled).
  var isDone: Bool { outcome.withLock { $0.done } }
  /// The result once the work ended, unless it was cancelled.
  var result: Value? { outcome.withLock { $0.value } }

  /// Asks the work to stop at its next check; the job will have no result.
  func cancel() { token.cancel() }

  /// Blocks the calling thread until the work ends, or at most `limit`; true when it ended.
  @discardableResult
  func wait(upTo limit: Duration? = nil) -> Bool {
    if isDone { return true }
    if let limit {
      let (s, atto) = limit.components
      let nanos = Int(max(0, s)) * 1_000_000_000 + Int(max(0, atto) / 1_000_000_000)
      guard ended.wait(timeout: .now() + .nanoseconds(nanos)) == .success else { return false }
    } else {
      ended.wait()
    }
    ended.signal()  // for any later waiter
    return true
  }
}

/// A job computing something for one filter: its result is for that filter only.
struct FilterJob<Value: Sendable> {
  let filter: Filter
  let job: BackgroundJob<Value>
}

/// A job of any result type, as far as waiting for it goes.
protocol WaitableJob: AnyObject {
  @discardableResult func wait(upTo limit: Duration?) -> Bool
}

import Synchronization

/// Cooperative cancellation and progress for long computations (the explorer runs measures on a
/// worker thread and drops them when the filter changes again).
///
/// A measure given a token checks `isCancelled` between units of work (a source of a path
/// search, a node of constraint or triangles, a power-iteration step, a Louvain sweep, a MINRES
/// step) and returns early once it is set; what it returns
/// then is incomplete and must be discarded (callers check `isCancelled` afterwards). Without
/// cancellation the result is exactly the one computed without a token.
///
/// Progress is a share done (0…1) that the work reports as it goes. `part(_:)` hands a slice of
/// the range to a sub-step: the sub-step reports 0…1 and the token sees it mapped into the slice,
/// so `NetworkMeasures` can give betweenness the first half and closeness the next fifth.
public final class CancellationToken: Sendable {
  private final class Shared: Sendable {
    let cancelled = Atomic<Bool>(false)
    /// The share done, as the bits of a Double (Atomic has no Double).
    let progress = Atomic<UInt64>(0)
    /// Told every advance of `progress` (on the reporting thread); nil for most tokens.
    let observer: (@Sendable (Double) -> Void)?
    init(observer: (@Sendable (Double) -> Void)?) { self.observer = observer }
  }

  private let shared: Shared
  /// The slice of the whole range this token's 0…1 maps to.
  private let low: Double
  private let high: Double

  /// A fresh token: not cancelled, nothing done.
  public init() {
    shared = Shared(observer: nil)
    (low, high) = (0, 1)
  }

  /// A fresh token whose every progress advance is also handed to `observer`, on the thread
  /// that reports it (a test can cancel from there at a known point of the work).
  public init(observer: @escaping @Sendable (Double) -> Void) {
    shared = Shared(observer: observer)
    (low, high) = (0, 1)
  }

  private init(_ shared: Shared, low: Double, high: Double) {
    self.shared = shared
    (self.low, self.high) = (low, high)
  }

  /// Asks the work to stop at its next check. Cannot be undone.
  public func cancel() { shared.cancelled.store(true, ordering: .relaxed) }

  /// True once `cancel()` was called on this token or on any token sharing it (`part`).
  public var isCancelled: Bool { shared.cancelled.load(ordering: .relaxed) }

  /// The share of the whole work done (0…1), as last reported.
  public var progress: Double { Double(bitPattern: shared.progress.load(ordering: .relaxed)) }

  /// Reports that `fraction` (0…1) of this token's slice is done. Progress never goes back, so
  /// threads reporting out of order cannot make a bar jump backwards.
  public func report(_ fraction: Double) {
    let value = low + (high - low) * min(1, max(0, fraction))
    var current = shared.progress.load(ordering: .relaxed)
    while Double(bitPattern: current) < value {
      let (exchanged, original) = shared.progress.compareExchange(
        expected: current, desired: value.bitPattern, ordering: .relaxed)
      if exchanged {
        shared.observer?(value)
        return
      }
      current = original
    }
  }

  /// A token for a sub-step that covers `range` (a part of 0…1) of this token's slice: the same
  /// cancellation, its progress mapped into that part.
  public func part(_ range: ClosedRange<Double>) -> CancellationToken {
    let span = high - low
    return CancellationToken(shared, low: low + span * range.lowerBound, high: low + span * range.upperBound)
  }
}

extension Optional where Wrapped == CancellationToken {
  /// True when there is a token and it was cancelled (no token: never).
  public var isCancelled: Bool { self?.isCancelled ?? false }
}

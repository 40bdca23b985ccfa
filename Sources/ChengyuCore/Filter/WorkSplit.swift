import Dispatch

/// Runs a few independent parts of one network build on the machine's cores (the filter pass
/// over pair ranges, tie assembly beside the adjacency, the index beside the incidence). Parts
/// write disjoint memory and results are combined in part order, so the outcome never depends on
/// how the parts were scheduled: one thread and many give the same bytes (tests check both).
enum WorkSplit {
  /// Below this many agreements a build stays on one thread (starting threads costs more).
  static let minimumAgreements = 20_000

  /// Threads a large build uses: the online processors, at most 4 (the passes are bound by
  /// memory traffic, which more threads do not add).
  static var defaultThreads: Int { min(4, ParallelSources.processorCount) }

  /// Calls `body(part)` for every part in `0..<parts`, on up to `threads` threads at once; returns
  /// when all are done.
  static func run(parts: Int, threads: Int, _ body: (Int) -> Void) {
    guard parts > 1, threads > 1 else {
      for part in 0..<parts { body(part) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let shared = Unchecked(body)
      DispatchQueue.concurrentPerform(iterations: parts) { shared.value($0) }
    }
  }
}

/// A value handed to worker threads that only read it or write disjoint parts of what it points
/// to (the callers above guarantee that; the compiler cannot see it).
struct Unchecked<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

extension WorkSplit {
  /// Part `part` of `0..<count` cut into `parts` nearly equal ranges.
  static func slice(_ count: Int, _ part: Int, of parts: Int) -> Range<Int> {
    (count * part / parts)..<(count * (part + 1) / parts)
  }
}

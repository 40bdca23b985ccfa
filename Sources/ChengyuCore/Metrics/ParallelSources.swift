import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a per-source computation over every node as source, split across threads.
///
/// Each thread owns a `PathSearch` and a row of `width` accumulators; rows are summed in thread
/// order at the end, so the result does not depend on scheduling.
enum ParallelSources {
  /// Online processors, at least 1.
  static var processorCount: Int {
    #if canImport(Glibc)
      return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #else
      return 1
    #endif
  }

  /// `body(search, source, row)` is called once per source; `row` has `width` slots. With a
  /// token, each thread checks it before every source (stopping early; the sums are then
  /// incomplete) and the share of sources done is reported to it.
  static func accumulate(
    _ adj: PathAdjacency, width: Int, threads: Int?, cancel: CancellationToken? = nil,
    _ body: @escaping @Sendable (PathSearch, Int, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> [Double] {
    let n = adj.nodeCount
    let t = max(1, min(threads ?? processorCount, n))
    let rows = SharedRows(count: t * width)
    defer { rows.buffer.deallocate() }
    let done = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: t) { chunk in
      let search = PathSearch(adj)
      let row = UnsafeMutableBufferPointer(rebasing: rows.buffer[(chunk * width)..<((chunk + 1) * width)])
      // Strided sources balance the load when costs vary along the node order.
      for s in stride(from: chunk, to: n, by: t) {
        if let cancel {
          if cancel.isCancelled { break }
          let finished = done.add(1, ordering: .relaxed).newValue
          // A report every 16 sources keeps the shared counter out of the inner loop's way.
          if finished % 16 == 0 { cancel.report(Double(finished) / Double(n)) }
        }
        body(search, s, row)
      }
    }
    if let cancel, !cancel.isCancelled { cancel.report(1) }
    var total = [Double](repeating: 0, count: width)
    for chunk in 0..<t {
      for i in 0..<width { total[i] += rows.buffer[chunk * width + i] }
    }
    return total
  }
}

/// Accumulator rows shared by the worker threads; each thread writes only its own row.
private final class SharedRows: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Double>
  init(count: Int) {
    buffer = .allocate(capacity: max(1, count))
    buffer.initialize(repeating: 0)
  }
}

extension CooperationGraph {
  /// Threads the path measures use when none is given: the online processors.
  public static var defaultThreadCount: Int { ParallelSources.processorCount }

  /// Nodes between two progress reports (or cancellation checks in the tightest loops) of the
  /// single-threaded measures: a report is an atomic compare-exchange, a check a relaxed load.
  static let progressStride = 16
}

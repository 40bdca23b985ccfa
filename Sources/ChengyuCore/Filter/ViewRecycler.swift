import Synchronization

/// Held by every copy of a graph whose arrays the recycler keeps: when the recycler holds the
/// only reference, no graph (and so no view) can read those arrays any more.
final class BufferLease: Sendable {}

/// The arrays a filter change writes that outlive it (a graph's ties, agreement windows and
/// rows, and the view's agreement list), kept to be written again by a later change.
struct ViewArrays: Sendable {
  var stored: [TieList.Stored] = []
  var storage: [Int32] = []
  var neighbors: [Int] = []
  var neighborTies: [Int] = []
  var agreements: [Int] = []
}

/// Per-pair work arrays of one pass (never seen outside it).
struct PassScratch: Sendable {
  var window: [UInt64] = []
  var tieOf: [Int32] = []
  var weights: [Double] = []
  /// The agreement pass's slot per pair, kept at `Slot()` between passes.
  var slots: [AgreementPass.Slot] = []
}

/// Lets a filter change write into the memory of a view that is gone instead of fresh pages:
/// at 10⁵ agreements a broad change writes about 30 MB, and faulting in and zeroing fresh pages
/// (then unmapping the old ones) was half of its CPU time (perf; the same run with glibc told
/// to keep freed memory took 15 ms instead of 29).
///
/// It keeps the arrays of the last few graphs with their lease. A build takes an entry whose
/// lease nobody else holds (its view is gone) and writes into those arrays in place; a live
/// view's arrays are never taken. Should something still hold one of the arrays without the
/// graph (a measure that copied `neighbors`), writing into it copies it first (copy on write),
/// so a reader never sees a change: reuse is only ever a saving, never a sharing.
/// The cost: the memory of one gone view (and the work arrays) stays reserved until the next
/// change or the next new incidence; in the explorer the old and the new view are alive
/// together during a change anyway, so its peak is unchanged.
final class ViewRecycler: Sendable {
  /// Views whose arrays are kept (the live one and the one before it: the explorer keeps its
  /// view while the next is built, so the one before is the one to write into).
  static let limit = 2

  private let entries = Mutex<[(lease: BufferLease, arrays: ViewArrays)]>([])
  private let scratches = Mutex<[PassScratch]>([])

  init() {}

  /// The arrays of a view no graph holds any more (taken out of the recycler), or empty ones.
  /// Other gone views' arrays are let go: one is enough to write into, and keeping more would
  /// hold their memory while the new view is built (a bench dropping each view before the next
  /// held two views' worth instead of one).
  func take() -> ViewArrays { entries.withLock { Self.removeGone(&$0) } ?? ViewArrays() }

  /// Lets go of the memory of gone views and idle work arrays: called before a new incidence
  /// is built (the largest allocation of a filter change), so they do not add to its peak.
  func releaseGone() {
    _ = entries.withLock { Self.removeGone(&$0) }
    scratches.withLock { $0.removeAll() }
  }

  /// Removes the entries whose lease nobody else holds; returns the first one's arrays.
  private static func removeGone(_ list: inout [(lease: BufferLease, arrays: ViewArrays)]) -> ViewArrays? {
    var taken: ViewArrays?
    var i = 0
    while i < list.count {
      // Tested in place: a copy of the entry would hold the lease too.
      guard isKnownUniquelyReferenced(&list[i].lease) else {
        i += 1
        continue
      }
      let gone = list.remove(at: i)
      if taken == nil { taken = gone.arrays }
    }
    return taken
  }

  /// Keeps a new graph's arrays, to be taken once the graph is gone.
  func keep(_ lease: BufferLease, _ arrays: ViewArrays) {
    entries.withLock { list in
      list.append((lease, arrays))
      if list.count > Self.limit { list.removeFirst() }
    }
  }

  /// Work arrays no pass is using, or empty ones.
  func takeScratch() -> PassScratch { scratches.withLock { $0.popLast() ?? PassScratch() } }

  /// Keeps one set of work arrays (a second is only needed while two views are built at once).
  func giveBack(_ scratch: PassScratch) {
    scratches.withLock { list in
      if list.isEmpty { list.append(scratch) }
    }
  }
}

extension Array {
  /// An array of `count` elements, every one written by `fill` (it must write them all): in
  /// `reused`'s storage when that is large enough (emptied; the pages are already mapped),
  /// else in new storage.
  static func written(
    _ count: Int, reusing reused: inout [Element], blank: Element, _ fill: (UnsafeMutableBufferPointer<Element>) -> Void
  ) -> [Element] {
    guard reused.capacity >= count, count > 0 else {
      reused = []
      return [Element](unsafeUninitializedCapacity: count) { out, filled in
        fill(out)
        filled = count
      }
    }
    reused.resize(to: count, blank: blank)
    reused.withUnsafeMutableBufferPointer { fill($0) }
    let result = reused
    reused = []
    return result
  }

  /// Sets the count, keeping the storage (new elements are `blank`).
  mutating func resize(to count: Int, blank: Element) {
    if self.count > count {
      removeLast(self.count - count)
    } else if self.count < count {
      append(contentsOf: repeatElement(blank, count: count - self.count))
    }
  }
}

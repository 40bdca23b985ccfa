/// The agreements behind one tie: a window into one flat array shared by every tie of a
/// network (compressed sparse rows), so building a network of millions of ties allocates one
/// array instead of one per tie.
///
/// Reads like an `[Int]` of indices into `Dataset.agreements`, zero-based, in the order the
/// agreements were added (file order for a `NetworkView`); equal when the indices are equal.
public struct TieAgreements: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
  /// Shared by every tie of a network; 32-bit to halve the memory of a large corpus.
  private let storage: [Int32]
  private let start: Int32
  private let end: Int32

  /// The window `storage[start..<end]` (`storage` is shared, never copied).
  init(storage: [Int32], start: Int, end: Int) {
    precondition(0 <= start && start <= end && end <= storage.count, "tie agreements out of range")
    self.storage = storage
    self.start = Int32(start)
    self.end = Int32(end)
  }

  /// The given agreement indices, in this order.
  public init<S: Sequence<Int>>(_ agreements: S) {
    let stored = agreements.map { i in
      precondition(i >= 0 && i <= Int(Int32.max), "agreement index out of range")
      return Int32(i)
    }
    self.init(storage: stored, start: 0, end: stored.count)
  }

  public init(arrayLiteral elements: Int...) { self.init(elements) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { Int(end - start) }
  public subscript(position: Int) -> Int {
    precondition(position >= 0 && position < endIndex, "tie agreement index out of range")
    return Int(storage[Int(start) + position])
  }

  public static func == (l: TieAgreements, r: TieAgreements) -> Bool { l.elementsEqual(r) }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for i in self { hasher.combine(i) }
  }
}

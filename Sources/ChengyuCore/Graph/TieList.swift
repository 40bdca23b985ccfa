/// The ties of a `CooperationGraph`, read like a `[Tie]`.
///
/// Stored as one 24-byte record per tie (ends, where its agreements start, weight, `newman`
/// value) beside one agreement array shared by every tie, so a network of millions of ties is
/// written with no reference per tie (no retain when it is built, no release tie by tie when it
/// goes); a `Tie` with its `TieAgreements` window is made when a tie is read.
public struct TieList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
  /// One tie: `agreements` are `storage[start..<start + weight]`, or none when `start < 0`
  /// (edge-list ties, where `weight` is the given weight).
  @usableFromInline struct Stored: Sendable {
    @usableFromInline var a: Int32
    @usableFromInline var b: Int32
    var start: Int32
    @usableFromInline var weight: Int32
    /// The `newman` value, or `TieList.noNewman`.
    var newman: Double

    init(a: Int32, b: Int32, start: Int32, weight: Int32, newman: Double) {
      (self.a, self.b, self.start, self.weight, self.newman) = (a, b, start, weight, newman)
    }
  }

  /// Marks a tie without a `newman` value (a NaN no sum of shares can give).
  static let noNewman = Double(nan: 0x7E5, signaling: false)

  @usableFromInline let stored: [Stored]
  /// Agreement indices of every tie, shared (each tie's window is contiguous).
  let storage: [Int32]

  /// Ties already in columns (the network builders write these directly).
  init(stored: [Stored], storage: [Int32]) {
    self.stored = stored
    self.storage = storage
  }

  /// The given ties, in this order (their agreements copied into one shared array).
  public init(_ ties: [Tie]) {
    var storage: [Int32] = []
    storage.reserveCapacity(ties.reduce(0) { $0 + $1.agreements.count })
    stored = ties.map { t in
      precondition(t.a <= Int(Int32.max) && t.b <= Int(Int32.max) && t.weight <= Int(Int32.max), "tie out of range")
      let start = t.agreements.isEmpty ? -1 : Int32(storage.count)
      for i in t.agreements { storage.append(Int32(i)) }
      return Stored(a: Int32(t.a), b: Int32(t.b), start: start, weight: Int32(t.weight),
                    newman: t.newmanWeight ?? Self.noNewman)
    }
    self.storage = storage
  }

  /// No ties.
  public init() { self.init(stored: [], storage: []) }

  public init(arrayLiteral elements: Tie...) { self.init(elements) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { stored.count }

  public subscript(position: Int) -> Tie {
    let s = stored[position]
    let agreements = s.start < 0
      ? TieAgreements(storage: [], start: 0, end: 0)
      : TieAgreements(storage: storage, start: Int(s.start), end: Int(s.start) + Int(s.weight))
    return Tie(a: Int(s.a), b: Int(s.b), agreements: agreements, weight: Int(s.weight),
               newmanWeight: s.newman.bitPattern == Self.noNewman.bitPattern ? nil : s.newman)
  }

  /// The ends of tie `i` (no agreement window is made).
  @inlinable public func ends(_ i: Int) -> (a: Int, b: Int) { (Int(stored[i].a), Int(stored[i].b)) }

  /// The weight of tie `i` (no agreement window is made).
  @inlinable public func weight(_ i: Int) -> Int { Int(stored[i].weight) }

  /// Every tie's weight, in tie order (read off the records, no agreement window made).
  func weights() -> [Int] { stored.map { Int($0.weight) } }

  /// Every tie's `Tie.value` (the Newman weight, else the agreement count), in tie order, read
  /// off the records: Louvain and modularity read it per tie and per restart, and making a `Tie`
  /// with its agreement window for each read cost most of their time.
  func values() -> [Double] {
    stored.map { $0.newman.bitPattern == Self.noNewman.bitPattern ? Double($0.weight) : $0.newman }
  }

  public static func == (l: TieList, r: TieList) -> Bool { l.elementsEqual(r) }
}

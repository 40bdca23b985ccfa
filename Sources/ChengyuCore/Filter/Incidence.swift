/// Which pairs of nodes each agreement joins, at one aggregation level under one set of node
/// conditions (level, in-region): built once, then every filter change is a pass over the
/// passing agreements adding to a weight per pair, with no hashing and no array per tie.
///
/// Pairs are numbered once (`pairA`, `pairB`: city indices, `pairA < pairB`); an agreement's
/// pairs are `pairOf[offsets[i]..<offsets[i + 1]]`, in the order the old builder visited them
/// (counted parties after roll-up, in the order listed, each pair once), so ties come out in
/// the same order.
struct Incidence: Sendable {
  /// What an incidence depends on besides the dataset.
  struct Key: Hashable, Sendable {
    let aggregation: AggregationLevel
    let levels: Set<AdminLevel>
    let inRegionOnly: Bool

    init(_ filter: Filter) {
      aggregation = filter.aggregation
      levels = filter.levels
      inRegionOnly = filter.inRegionOnly
    }
  }

  /// Agreement `i`'s pairs are `pairOf[offsets[i]..<offsets[i + 1]]`.
  let offsets: [Int]
  let pairOf: [Int32]
  /// Nodes an agreement has after roll-up (for the `newman` share 1/(n − 1)).
  let memberCount: [Int32]
  /// Ends of each pair, as city indices.
  let pairA: [Int32]
  let pairB: [Int32]
  /// Whether each pair crosses the border (`CrossBorderRule`).
  let crosses: [Bool]
  /// Per city index: whether it is in scope (`Dataset.citiesInScope`), for `keepIsolates`.
  let inScope: [Bool]

  var pairCount: Int { pairA.count }

  init(_ dataset: Dataset, _ key: Key) {
    var nodeFilter = Filter()
    nodeFilter.aggregation = key.aggregation
    nodeFilter.levels = key.levels
    nodeFilter.inRegionOnly = key.inRegionOnly
    let rollUp = dataset.rollUpMap(key.aggregation)
    let counts = dataset.cities.map(nodeFilter.counts)
    let n = dataset.cities.count
    let agreements = dataset.agreementCount
    var scope = [Bool](repeating: false, count: n)
    for c in 0..<n where counts[c] { scope[rollUp[c]] = true }
    inScope = scope

    // Every agreement's pairs as (u << 32 | v), in visiting order.
    var offsets = [Int](repeating: 0, count: agreements + 1)
    var memberCount = [Int32](repeating: 0, count: agreements)
    var entries: [UInt64] = []
    var members: [Int] = []
    var memberOf = [Int](repeating: -1, count: n)  // node → last agreement it joined
    for ai in 0..<agreements {
      members.removeAll(keepingCapacity: true)
      for p in dataset.partiesOfAgreement(ai) where counts[Int(p)] {
        let node = rollUp[Int(p)]
        if memberOf[node] != ai {
          memberOf[node] = ai
          members.append(node)
        }
      }
      memberCount[ai] = Int32(members.count)
      for i in members.indices {
        for j in (i + 1)..<members.count {
          let (u, v) = (min(members[i], members[j]), max(members[i], members[j]))
          entries.append(UInt64(u) << 32 | UInt64(v))
        }
      }
      offsets[ai + 1] = entries.count
    }
    self.offsets = offsets
    self.memberCount = memberCount
    let (pairOf, a, b) = Incidence.numberPairs(entries, nodeCount: n)
    let rule = CrossBorderRule(dataset: dataset)
    crosses = a.indices.map { rule.crosses(Int(a[$0]), Int(b[$0])) }
    (self.pairOf, pairA, pairB) = (pairOf, a, b)
  }

  /// Numbers the distinct pairs without hashing: entries are bucketed by their first end, and
  /// within a bucket a per-node stamp says whether the second end was seen.
  private static func numberPairs(_ entries: [UInt64], nodeCount n: Int) -> ([Int32], [Int32], [Int32]) {
    var start = [Int](repeating: 0, count: n + 1)
    for e in entries { start[Int(e >> 32) + 1] += 1 }
    for u in 0..<n { start[u + 1] += start[u] }
    var fill = start
    var byFirst = [Int32](repeating: 0, count: entries.count)
    for (k, e) in entries.enumerated() {
      let u = Int(e >> 32)
      byFirst[fill[u]] = Int32(k)
      fill[u] += 1
    }
    var pairOf = [Int32](repeating: 0, count: entries.count)
    var pairA: [Int32] = []
    var pairB: [Int32] = []
    var seenFor = [Int](repeating: -1, count: n)  // second end → first end it was last seen with
    var idOf = [Int32](repeating: 0, count: n)
    for u in 0..<n {
      for k in start[u]..<start[u + 1] {
        let e = Int(byFirst[k])
        let v = Int(entries[e] & 0xFFFF_FFFF)
        if seenFor[v] != u {
          seenFor[v] = u
          idOf[v] = Int32(pairA.count)
          pairA.append(Int32(u))
          pairB.append(Int32(v))
        }
        pairOf[e] = idOf[v]
      }
    }
    return (pairOf, pairA, pairB)
  }
}

extension Incidence {
  /// The arrays a filter pass reads, as buffers (no bounds or uniqueness checks in its loops).
  struct Buffers {
    let offsets: UnsafeBufferPointer<Int>
    let pairOf: UnsafeBufferPointer<Int32>
    let memberCount: UnsafeBufferPointer<Int32>
    let crosses: UnsafeBufferPointer<Bool>
  }

  func withBuffers<R>(_ body: (Buffers) -> R) -> R {
    offsets.withUnsafeBufferPointer { o in
      pairOf.withUnsafeBufferPointer { p in
        memberCount.withUnsafeBufferPointer { m in
          crosses.withUnsafeBufferPointer { c in body(Buffers(offsets: o, pairOf: p, memberCount: m, crosses: c)) }
        }
      }
    }
  }
}

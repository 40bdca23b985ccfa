/// Which pairs of nodes each agreement joins, at one aggregation level under one set of node
/// conditions (level, in-region): built once, then every filter change is a pass over the
/// passing agreements adding to a weight per pair, with no hashing and no array per tie.
///
/// Pairs are numbered once, in the order of their ends' city ids (`pairA`, `pairB`: city
/// indices, `pairA`'s id the smaller; a view's nodes are in id order, so pair order is the order
/// of a graph's rows and the pair pass writes sorted rows without sorting); an agreement's
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
  /// The same incidence by pair (its transpose), for filters that pass much of the network:
  /// pair `p`'s agreements, ascending, are `pairAgreements[pairStart[p]..<pairStart[p + 1]]`,
  /// and `pairEntries` holds where each of them stands in `pairOf` (which orders ties by first
  /// appearance).
  let pairStart: [Int32]
  let pairAgreements: [Int32]
  let pairEntries: [Int32]
  /// Agreements with at least one pair, and with at least one cross-border pair.
  let paired: AgreementBitset
  let crossing: AgreementBitset

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

    // Every agreement's pairs as (u << 32 | v) with u < v ranks in id order, in visiting order.
    let cityOfRank = dataset.cities.indices.sorted { dataset.cities[$0].id < dataset.cities[$1].id }
    var rank = [Int](repeating: 0, count: n)
    for (r, c) in cityOfRank.enumerated() { rank[c] = r }
    var offsets = [Int](repeating: 0, count: agreements + 1)
    var memberCount = [Int32](repeating: 0, count: agreements)
    var entries: [UInt64] = []
    // Room for every pair before roll-up, reserved once: growing by doubling held the old and
    // the new array at once (pages never written are never resident, so the bound costs nothing).
    entries.reserveCapacity((0..<agreements).reduce(0) { n, ai in
      let k = dataset.agreements.partyCount(ai)
      return n + k * (k - 1) / 2
    })
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
          let (ri, rj) = (rank[members[i]], rank[members[j]])
          let (u, v) = (min(ri, rj), max(ri, rj))
          entries.append(UInt64(u) << 32 | UInt64(v))
        }
      }
      offsets[ai + 1] = entries.count
    }
    precondition(entries.count < Int(Int32.max), "more agreement pairs than a network can hold")
    self.offsets = offsets
    self.memberCount = memberCount
    let numbered = Incidence.numberPairs(&entries, offsets, cityOfRank: cityOfRank)
    let (a, b) = (numbered.pairA, numbered.pairB)
    let rule = CrossBorderRule(dataset: dataset)
    let crosses = a.indices.map { rule.crosses(Int(a[$0]), Int(b[$0])) }
    (self.pairOf, pairA, pairB, self.crosses) = (numbered.pairOf, a, b, crosses)
    (pairStart, pairAgreements, pairEntries) = (numbered.start, numbered.agreements, numbered.entries)
    var paired = AgreementBitset(count: agreements)
    var crossing = AgreementBitset(count: agreements)
    for ai in 0..<agreements where offsets[ai] < offsets[ai + 1] {
      paired.insert(ai)
      if numbered.pairOf[offsets[ai]..<offsets[ai + 1]].contains(where: { crosses[Int($0)] }) { crossing.insert(ai) }
    }
    (self.paired, self.crossing) = (paired, crossing)
  }

  /// An array of `count` numbers whose every element the caller writes before reading.
  private static func unwritten(_ count: Int) -> [Int32] {
    [Int32](unsafeUninitializedCapacity: count) { _, filled in filled = count }
  }

  /// What `numberPairs` finds: each entry's pair, the pairs' ends, and the transpose.
  private struct Numbered {
    var pairOf: [Int32]
    var pairA: [Int32] = []
    var pairB: [Int32] = []
    var start: [Int32] = [0]
    var agreements: [Int32]
    var entries: [Int32]
  }

  /// Numbers the distinct pairs without hashing, in order of their ends' ranks: entries are
  /// bucketed by their first end (carrying their second end and agreement along, so every later
  /// loop reads in sequence), and within a bucket the second ends seen are marked in a bitmap
  /// and numbered in ascending order. A bucket's pairs get consecutive numbers, so the transpose
  /// is written bucket by bucket into one small region (entries ascending within a bucket, hence
  /// within each pair).
  ///
  /// `entries` is emptied once bucketed (its memory is the largest of the build, freed before the
  /// transpose is allocated); an entry's agreement is read off `offsets`, not stored per entry.
  private static func numberPairs(_ entries: inout [UInt64], _ offsets: [Int], cityOfRank: [Int]) -> Numbered {
    let n = cityOfRank.count
    let count = entries.count
    var start = [Int](repeating: 0, count: n + 1)
    for e in entries { start[Int(e >> 32) + 1] += 1 }
    for u in 0..<n { start[u + 1] += start[u] }
    var fill = start
    // Every element of these six arrays is written below (the bucketing places each entry once,
    // the numbering writes each entry's pair and transpose slot once), so none is zeroed first:
    // zeroing them was a sixth of a first build at 10⁶ agreements.
    var byFirst = Self.unwritten(count)  // entry numbers, bucketed
    var second = Self.unwritten(count)  // their second ends, then their pairs
    var agreementOf = Self.unwritten(count)
    byFirst.withUnsafeMutableBufferPointer { byFirst in
      second.withUnsafeMutableBufferPointer { second in
        agreementOf.withUnsafeMutableBufferPointer { agreementOf in
          var ai = 0
          for (k, e) in entries.enumerated() {
            while offsets[ai + 1] <= k { ai += 1 }
            let u = Int(e >> 32)
            let at = fill[u]
            (byFirst[at], second[at], agreementOf[at]) = (Int32(k), Int32(truncatingIfNeeded: e), Int32(ai))
            fill[u] += 1
          }
        }
      }
    }
    entries = []
    var out = Numbered(pairOf: Self.unwritten(count), agreements: Self.unwritten(count), entries: Self.unwritten(count))
    var seen = [UInt64](repeating: 0, count: (n + 63) / 64)  // second ends of the current bucket
    var idOf = [Int32](repeating: 0, count: n)
    var next: [Int32] = []
    for u in 0..<n {
      let bucket = start[u]..<start[u + 1]
      for k in bucket {
        let v = Int(second[k])
        seen[v >> 6] |= 1 << UInt64(v & 63)
      }
      let firstPair = out.pairA.count
      for w in seen.indices where seen[w] != 0 {
        var bits = seen[w]
        while bits != 0 {
          let v = w << 6 | bits.trailingZeroBitCount
          idOf[v] = Int32(out.pairA.count)
          out.pairA.append(Int32(cityOfRank[u]))
          out.pairB.append(Int32(cityOfRank[v]))
          next.append(0)
          bits &= bits - 1
        }
        seen[w] = 0
      }
      for k in bucket {
        let p = idOf[Int(second[k])]
        second[k] = p
        out.pairOf[Int(byFirst[k])] = p
        next[Int(p)] += 1
      }
      for p in firstPair..<out.pairA.count {
        let c = next[p]
        next[p] = out.start[p]
        out.start.append(out.start[p] + c)
      }
      for k in bucket {
        let p = Int(second[k])
        let at = Int(next[p])
        (out.agreements[at], out.entries[at]) = (agreementOf[k], byFirst[k])
        next[p] += 1
      }
    }
    return out
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

extension Incidence {
  /// The arrays the pair pass reads, as buffers (no retain of a shared array in loops that run
  /// on several cores at once, no bounds checks).
  struct PairBuffers: @unchecked Sendable {
    let start: UnsafeBufferPointer<Int32>
    let agreements: UnsafeBufferPointer<Int32>
    let entries: UnsafeBufferPointer<Int32>
    let pairOf: UnsafeBufferPointer<Int32>
    let pairA: UnsafeBufferPointer<Int32>
    let pairB: UnsafeBufferPointer<Int32>
    let memberCount: UnsafeBufferPointer<Int32>
    let crosses: UnsafeBufferPointer<Bool>
  }

  func withPairBuffers<R>(_ body: (PairBuffers) -> R) -> R {
    pairStart.withUnsafeBufferPointer { s in
      pairAgreements.withUnsafeBufferPointer { g in
        pairEntries.withUnsafeBufferPointer { e in
          pairOf.withUnsafeBufferPointer { o in
            pairA.withUnsafeBufferPointer { a in
              pairB.withUnsafeBufferPointer { b in
                memberCount.withUnsafeBufferPointer { m in
                  crosses.withUnsafeBufferPointer { c in
                    body(PairBuffers(start: s, agreements: g, entries: e, pairOf: o, pairA: a, pairB: b, memberCount: m, crosses: c))
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

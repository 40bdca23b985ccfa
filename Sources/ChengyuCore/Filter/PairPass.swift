/// The filter pass by pair, for filters that keep much of the network. The incidence's
/// transpose lists every pair's agreements in file order and numbers pairs in the order of their
/// ends' ids, which is the order of a graph's rows; so each part (a range of pairs, one per
/// thread) works through its pairs in sequence, with no random slot per incidence:
/// 1. tests each agreement of a pair against the passing bitset (small enough to stay in cache)
///    and writes the passing ones into the part's own storage; marks where the pair's first
///    passing agreement lists it (`pairEntries`) and counts each end's ties;
/// 2. (one thread) reads the marks back in ascending order, which numbers the ties exactly as
///    the agreement pass does (order of first appearance);
/// 3. writes every tie and both of its adjacency entries: a part's pairs come after the previous
///    part's in every row, so rows come out sorted, each part filling its own share of each row.
struct PairPass {
  let incidence: Incidence
  let filter: Filter
  let threads: Int

  /// What step 1 of one part wrote.
  private struct Part {
    let firsts: [UInt64]
    /// Per city index: ties of this part's pairs at that city.
    let degree: [Int32]
  }

  /// `passing`: agreements passing the agreement conditions and text; `kept`: those of them
  /// that add a tie.
  /// `arrays`, `scratch`: memory to write into (`ViewRecycler`); what is used is taken out.
  func build(
    _ passing: AgreementBitset, kept: AgreementBitset, index: FilterIndex, cityCount: Int,
    reusing arrays: inout ViewArrays, scratch: inout PassScratch
  ) -> (agreements: [Int], graph: CooperationGraph) {
    incidence.withPairBuffers { inc in
      passing.words.withUnsafeBufferPointer { bits in
        build(inc, bits, kept: kept, index: index, cityCount: cityCount, arrays: &arrays, scratch: &scratch)
      }
    }
  }

  // Unsafe buffers in the loops: an array read there retains its storage, and two cores
  // retaining one storage fight over its count (a fifth of the time went there).
  private func build(
    _ inc: Incidence.PairBuffers, _ bits: UnsafeBufferPointer<UInt64>, kept: AgreementBitset, index: FilterIndex,
    cityCount: Int, arrays: inout ViewArrays, scratch: inout PassScratch
  ) -> (agreements: [Int], graph: CooperationGraph) {
    let pairs = inc.pairA.count
    let newman = filter.weighting == .newman
    scratch.window.resize(to: pairs, blank: 0)
    scratch.tieOf.resize(to: pairs, blank: 0)
    if newman { scratch.weights.resize(to: pairs, blank: 0) }
    return scratch.window.withUnsafeMutableBufferPointer { window in
      scratch.tieOf.withUnsafeMutableBufferPointer { tieOf in
        scratch.weights.withUnsafeMutableBufferPointer { weights in
          build(inc, bits, kept: kept, index: index, cityCount: cityCount, arrays: &arrays,
                window: window, tieOf: tieOf, weights: weights)
        }
      }
    }
  }

  private func build(
    _ inc: Incidence.PairBuffers, _ bits: UnsafeBufferPointer<UInt64>, kept: AgreementBitset, index: FilterIndex,
    cityCount: Int, arrays: inout ViewArrays, window: UnsafeMutableBufferPointer<UInt64>,
    tieOf: UnsafeMutableBufferPointer<Int32>, weights: UnsafeMutableBufferPointer<Double>
  ) -> (agreements: [Int], graph: CooperationGraph) {
    let pairs = inc.pairA.count
    let newman = filter.weighting == .newman
    let parts = max(1, min(threads, pairs))
    let bounds = Self.bounds(inc.start, parts: parts)
    let results = UnsafeMutableBufferPointer<Part>.allocate(capacity: parts)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    // One agreement array for all ties: part k writes from where its pairs' transpose entries
    // start, so windows never overlap (the gaps between parts are never read).
    let entryCount = Int(inc.start[pairs])
    let storage = Array.written(entryCount, reusing: &arrays.storage, blank: 0) { out in
      let scan = Scan(inc: inc, bits: bits, out: out, window: window, weights: weights, cityCount: cityCount,
                      crossBorder: filter.crossBorderOnly, newman: newman)
      WorkSplit.run(parts: parts, threads: threads) { k in
        (results.baseAddress! + k).initialize(to: scan.run(bounds[k]..<bounds[k + 1]))
      }
    }
    let tieCount = Self.number(results, tieOf, inc.pairOf)
    // Nodes: in scope under `keepIsolates`, else those with a tie; in city-id order.
    var isNode = filter.keepIsolates ? incidence.inScope : [Bool](repeating: false, count: cityCount)
    for k in 0..<parts {
      for (c, d) in results[k].degree.enumerated() where d > 0 { isNode[c] = true }
    }
    let nodes = index.cityOrder.filter { isNode[$0] }
    var position = [Int32](repeating: -1, count: cityCount)
    for (i, c) in nodes.enumerated() { position[c] = Int32(i) }
    // Row offsets, and where each part starts writing in each row.
    var offsets = [Int](repeating: 0, count: nodes.count + 1)
    var partStart = [[Int]](repeating: [Int](repeating: 0, count: nodes.count), count: parts)
    for (i, c) in nodes.enumerated() {
      var at = offsets[i]
      for k in 0..<parts {
        partStart[k][i] = at
        at += Int(results[k].degree[c])
      }
      offsets[i + 1] = at
    }
    let entries = offsets[nodes.count]
    let agreementCount = kept.population
    var agreements: [Int] = []
    var stored: [TieList.Stored] = []
    var neighborTies: [Int] = []
    let blank = TieList.Stored(a: 0, b: 0, start: 0, weight: 0, newman: 0)
    let neighbors = Array.written(entries, reusing: &arrays.neighbors, blank: 0) { nb in
      neighborTies = Array.written(entries, reusing: &arrays.neighborTies, blank: 0) { nt in
        stored = Array.written(tieCount, reusing: &arrays.stored, blank: blank) { out in
          agreements = Array.written(agreementCount, reusing: &arrays.agreements, blank: 0) { list in
            position.withUnsafeBufferPointer { position in
              WorkSplit.run(parts: parts + 1, threads: threads) { k in
                if k == parts {
                  index.inDateOrder(kept, into: list)
                  return
                }
                var fill = partStart[k]
                fill.withUnsafeMutableBufferPointer { fill in
                  for p in bounds[k]..<bounds[k + 1] {
                    let w = window[p]
                    let (lo, hi) = (Int(w & 0xFFFF_FFFF), Int(w >> 32))
                    guard hi > lo else { continue }
                    let t = Int(tieOf[p])
                    let (a, b) = (Int(position[Int(inc.pairA[p])]), Int(position[Int(inc.pairB[p])]))
                    (nb[fill[a]], nt[fill[a]]) = (b, t)
                    fill[a] += 1
                    (nb[fill[b]], nt[fill[b]]) = (a, t)
                    fill[b] += 1
                    out[t] = TieList.Stored(
                      a: Int32(min(a, b)), b: Int32(max(a, b)), start: Int32(lo), weight: Int32(hi - lo),
                      newman: newman ? weights[p] : TieList.noNewman)
                  }
                }
              }
            }
          }
        }
      }
    }
    let adjacency = CooperationGraph.Adjacency(offsets: offsets, neighbors: neighbors, neighborTies: neighborTies)
    let ties = TieList(stored: stored, storage: storage)
    return (agreements, CooperationGraph(nodes: nodes, ties: ties, adjacency: adjacency, lease: BufferLease()))
  }

  /// Step 2: the marks of all parts, read in ascending entry order, give each tie its number.
  private static func number(
    _ results: UnsafeMutableBufferPointer<Part>, _ tieOf: UnsafeMutableBufferPointer<Int32>,
    _ pairOf: UnsafeBufferPointer<Int32>
  ) -> Int {
    var marks = results[0].firsts
    for k in 1..<results.count {
      let other = results[k].firsts
      for w in marks.indices { marks[w] |= other[w] }
    }
    var t: Int32 = 0
    for (w, word) in marks.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        tieOf[Int(pairOf[w << 6 | bits.trailingZeroBitCount])] = t
        t += 1
        bits &= bits - 1
      }
    }
    return Int(t)
  }

  /// Step 1 over a range of pairs (it writes only its own pairs' windows and weights).
  private struct Scan {
    let inc: Incidence.PairBuffers
    let bits: UnsafeBufferPointer<UInt64>
    /// The shared agreement array; this part writes from its first pair's transpose entry on.
    let out: UnsafeMutableBufferPointer<Int32>
    let window: UnsafeMutableBufferPointer<UInt64>
    let weights: UnsafeMutableBufferPointer<Double>
    let cityCount: Int
    let crossBorder: Bool
    let newman: Bool

    func run(_ range: Range<Int>) -> Part {
      var firsts = [UInt64](repeating: 0, count: (inc.agreements.count + 63) / 64)
      var degree = [Int32](repeating: 0, count: cityCount)
      degree.withUnsafeMutableBufferPointer { degree in
        firsts.withUnsafeMutableBufferPointer { firsts in
          var w = Int(inc.start[range.lowerBound])
          for p in range {
            let begin = w
            if !crossBorder || inc.crosses[p] {
              var sum = 0.0
              for j in Int(inc.start[p])..<Int(inc.start[p + 1]) {
                let a = Int(inc.agreements[j])
                guard bits[a >> 6] & (1 << UInt64(a & 63)) != 0 else { continue }
                if w == begin {
                  let e = Int(inc.entries[j])
                  firsts[e >> 6] |= 1 << UInt64(e & 63)
                }
                out[w] = Int32(a)
                w += 1
                if newman {
                  let m = Int(inc.memberCount[a])
                  sum += m > 1 ? 1 / Double(m - 1) : 0
                }
              }
              if newman { weights[p] = sum }
            }
            window[p] = UInt64(begin) | UInt64(w) << 32
            if w > begin {
              degree[Int(inc.pairA[p])] += 1
              degree[Int(inc.pairB[p])] += 1
            }
          }
        }
      }
      return Part(firsts: firsts, degree: degree)
    }
  }

  /// Pair ranges of the parts, cut where the transpose's entries split evenly.
  private static func bounds(_ start: UnsafeBufferPointer<Int32>, parts: Int) -> [Int] {
    let pairs = start.count - 1
    let entries = Int(start[pairs])
    var bounds = [0]
    for k in 1..<max(1, parts) {
      let target = entries * k / parts
      var (lo, hi) = (bounds[k - 1], pairs)
      while lo < hi {
        let mid = (lo + hi) / 2
        if Int(start[mid]) < target { lo = mid + 1 } else { hi = mid }
      }
      bounds.append(lo)
    }
    bounds.append(pairs)
    return bounds
  }
}

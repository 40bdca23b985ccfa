/// The filter pass by pair, for filters that keep much of the network: the incidence's transpose
/// lists every pair's agreements in file order, so each part (a range of pairs, one per thread)
/// reads its pairs' lists in sequence, tests each agreement against the passing bitset (small
/// enough to stay in cache) and writes the passing ones straight into its own storage: no random
/// slot per incidence, no list of entries to sort out afterwards. A tie's position is where its
/// first passing agreement lists it (`pairEntries`); those positions are marked in a bitset and
/// read back in ascending order, which numbers the ties exactly as the agreement pass does.
struct PairPass {
  let incidence: Incidence
  let filter: Filter
  let threads: Int

  /// What one part wrote: its pairs' agreement lists, its marks and how many ties it found.
  private struct Part {
    let storage: [Int32]
    let firsts: [UInt64]
    let ties: Int
  }

  func run(_ passing: AgreementBitset) -> TieTable {
    let inc = incidence
    let pairs = inc.pairCount
    let entries = inc.pairAgreements.count
    let newman = filter.weighting == .newman
    let crossBorder = filter.crossBorderOnly
    let table = TieTable(pairCount: pairs, newman: newman)
    let parts = max(1, min(threads, pairs))
    let bounds = Self.bounds(inc.pairStart, parts: parts)
    let markWords = (entries + 63) / 64
    let results = UnsafeMutableBufferPointer<Part>.allocate(capacity: parts)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    let (window, weights) = (table.window, table.newman)
    inc.pairStart.withUnsafeBufferPointer { start in
      inc.pairAgreements.withUnsafeBufferPointer { agreementOf in
        inc.pairEntries.withUnsafeBufferPointer { entryOf in
          inc.crosses.withUnsafeBufferPointer { crosses in
            inc.memberCount.withUnsafeBufferPointer { members in
              passing.words.withUnsafeBufferPointer { bits in
                WorkSplit.run(parts: parts, threads: threads) { k in
                  let range = bounds[k]..<bounds[k + 1]
                  let capacity = Int(start[range.upperBound]) - Int(start[range.lowerBound])
                  var firsts = [UInt64](repeating: 0, count: markWords)
                  var ties = 0
                  let storage = [Int32](unsafeUninitializedCapacity: capacity) { out, filled in
                    firsts.withUnsafeMutableBufferPointer { firsts in
                      var w = 0
                      for p in range {
                        let begin = w
                        if !crossBorder || crosses[p] {
                          var sum = 0.0
                          for j in Int(start[p])..<Int(start[p + 1]) {
                            let a = Int(agreementOf[j])
                            guard bits[a >> 6] & (1 << UInt64(a & 63)) != 0 else { continue }
                            if w == begin {
                              let e = Int(entryOf[j])
                              firsts[e >> 6] |= 1 << UInt64(e & 63)
                            }
                            out[w] = Int32(a)
                            w += 1
                            if newman {
                              let m = Int(members[a])
                              sum += m > 1 ? 1 / Double(m - 1) : 0
                            }
                          }
                          if newman { weights[p] = sum }
                        }
                        window[p] = TieTable.window(begin, w)
                        if w > begin { ties += 1 }
                      }
                      filled = w
                    }
                  }
                  (results.baseAddress! + k).initialize(to: Part(storage: storage, firsts: firsts, ties: ties))
                }
              }
            }
          }
        }
      }
    }
    var marks = results[0].firsts
    for k in 1..<parts {
      let other = results[k].firsts
      for w in marks.indices { marks[w] |= other[w] }
    }
    let tieCount = results.reduce(0) { $0 + $1.ties }
    let tiePair = [Int32](unsafeUninitializedCapacity: tieCount) { out, filled in
      var t = 0
      inc.pairOf.withUnsafeBufferPointer { pairOf in
        for (w, word) in marks.enumerated() where word != 0 {
          var bits = word
          while bits != 0 {
            out[t] = pairOf[w << 6 | bits.trailingZeroBitCount]
            t += 1
            bits &= bits - 1
          }
        }
      }
      filled = t
    }
    table.finish(tiePair: tiePair, storages: results.map(\.storage), bounds: bounds)
    return table
  }

  /// Pair ranges of the parts, cut where the transpose's entries split evenly.
  private static func bounds(_ start: [Int32], parts: Int) -> [Int] {
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

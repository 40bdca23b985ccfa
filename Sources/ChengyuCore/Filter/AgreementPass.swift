/// The filter pass by agreement (for filters that keep a small share of the network): one walk
/// over the passing agreements adding to a slot per pair, then one over what that walk recorded
/// to list each tie's agreements in a single shared array.
struct AgreementPass {
  let incidence: Incidence
  let filter: Filter

  /// Per pair during a pass: its tie (-1 until an agreement adds it) and its agreement count,
  /// side by side so the random access per incidence touches one cache line.
  struct Slot: Sendable {
    var tie: Int32 = -1
    var count: Int32 = 0
  }

  /// `passing`: the agreements that pass the agreement conditions and the text. `slots`: one per
  /// pair, all `Slot()` (kept between passes: only the slots of the ties found are set back, so
  /// a narrow filter costs what it finds, not a write over every pair).
  func run(_ passing: AgreementBitset, slots: inout [Slot]) -> TieTable {
    slots.resize(to: incidence.pairCount, blank: Slot())
    return slots.withUnsafeMutableBufferPointer { run(passing, $0) }
  }

  private func run(_ passing: AgreementBitset, _ slots: UnsafeMutableBufferPointer<Slot>) -> TieTable {
    let newman = filter.weighting == .newman
    let crossBorder = filter.crossBorderOnly
    // Ties in order of first appearance (as pair numbers), and each passing (tie, agreement).
    var tiePair: [Int32] = []
    var tieNewman: [Double] = []
    var entryTie: [Int32] = []
    var entryAgreement: [Int32] = []
    incidence.withBuffers { inc in
      passing.forEach { ai in
        let range = inc.offsets[ai]..<inc.offsets[ai + 1]
        let members = Int(inc.memberCount[ai])
        let share = members > 1 ? 1 / Double(members - 1) : 0
        for e in range {
          let pair = Int(inc.pairOf[e])
          if crossBorder, !inc.crosses[pair] { continue }
          var t = slots[pair].tie
          if t < 0 {
            t = Int32(tiePair.count)
            slots[pair].tie = t
            tiePair.append(Int32(pair))
            if newman { tieNewman.append(0) }
          }
          slots[pair].count += 1
          if newman { tieNewman[Int(t)] += share }
          entryTie.append(t)
          entryAgreement.append(Int32(ai))
        }
      }
    }
    // Every tie's agreements in one array (file order within a tie).
    let tieCount = tiePair.count
    var start = [Int](repeating: 0, count: tieCount + 1)
    for t in 0..<tieCount {
      let p = Int(tiePair[t])
      start[t + 1] = start[t] + Int(slots[p].count)
      slots[p] = Slot()
    }
    let flat = [Int32](unsafeUninitializedCapacity: entryTie.count) { flat, filled in
      var fill = start
      fill.withUnsafeMutableBufferPointer { fill in
        for k in entryTie.indices {
          let t = Int(entryTie[k])
          flat[fill[t]] = entryAgreement[k]
          fill[t] += 1
        }
      }
      filled = entryTie.count
    }
    return TieTable(tiePair: tiePair, start: start, newman: tieNewman, storage: flat)
  }
}

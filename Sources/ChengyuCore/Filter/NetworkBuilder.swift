/// Builds the filtered network from the dataset's precomputed parts (`DatasetDerived`): the
/// filter index gives the candidate agreements as a bitset, the incidence of the filter's level
/// and node conditions gives each agreement's pairs, so a filter change is one pass over the
/// passing agreements adding to a weight per pair, then one over what that pass recorded to list
/// each tie's agreements in a single shared array. Results are exactly those of testing each
/// agreement and hashing each pair (the reference builder in the tests does that and must agree).
struct NetworkBuilder {
  let dataset: Dataset
  let filter: Filter

  /// Per pair during a pass: its tie (-1 until an agreement adds it), its agreement count and
  /// its ends (city indices), side by side so the random access per incidence touches one cache
  /// line and a new tie finds its ends there.
  private struct Slot {
    var tie: Int32 = -1
    var count: Int32 = 0
    var a: Int32
    var b: Int32
  }

  /// Scratch of one pass, sized by the incidence (pages are touched only as far as written).
  private struct Scratch {
    let slots: UnsafeMutableBufferPointer<Slot>
    /// `newman` weight per pair (only under that weighting).
    let newman: UnsafeMutableBufferPointer<Double>
    /// Ties in order of first appearance, as pair numbers, and their ends.
    let tiePair: UnsafeMutableBufferPointer<Int32>
    let tieA: UnsafeMutableBufferPointer<Int32>
    let tieB: UnsafeMutableBufferPointer<Int32>
    /// Each passing (agreement, tie) incidence, in agreement order.
    let entryTie: UnsafeMutableBufferPointer<Int32>
    let entryAgreement: UnsafeMutableBufferPointer<Int32>
    var tieCount = 0
    var entryCount = 0

    init(_ incidence: Incidence, newman: Bool) {
      let pairs = incidence.pairCount
      let entries = incidence.pairOf.count
      slots = .allocate(capacity: pairs)
      for p in 0..<pairs { (slots.baseAddress! + p).initialize(to: Slot(a: incidence.pairA[p], b: incidence.pairB[p])) }
      self.newman = .allocate(capacity: newman ? pairs : 0)
      self.newman.initialize(repeating: 0)
      tiePair = .allocate(capacity: pairs)
      tieA = .allocate(capacity: pairs)
      tieB = .allocate(capacity: pairs)
      entryTie = .allocate(capacity: entries)
      entryAgreement = .allocate(capacity: entries)
    }

    func deallocate() {
      for b in [tiePair, tieA, tieB, entryTie, entryAgreement] { b.deallocate() }
      slots.deallocate()
      newman.deallocate()
    }
  }

  func build() -> (agreements: [Int], graph: CooperationGraph) {
    let index = dataset.derived.filterIndex(dataset)
    let incidence = dataset.derived.incidence(dataset, Incidence.Key(filter))
    var scratch = Scratch(incidence, newman: filter.weighting == .newman)
    defer { scratch.deallocate() }
    let kept = incidence.withBuffers { run(index, $0, &scratch) }
    return (index.dateOrder.filter { kept[$0] }, graph(scratch, incidence, index.cityOrder))
  }

  /// The pass: candidates from the bitsets, then the text, then each pair (cross-border aside);
  /// returns which agreements added a tie.
  private func run(_ index: FilterIndex, _ inc: Incidence.Buffers, _ s: inout Scratch) -> [Bool] {
    let candidates = index.candidates(filter, codebook: dataset.codebook)
    let text = RecordMatch(filter.text, in: dataset, aggregation: filter.aggregation)
    let crossBorder = filter.crossBorderOnly
    let newman = filter.weighting == .newman
    let (slots, newmanWeight, tiePair, tieA, tieB) = (s.slots, s.newman, s.tiePair, s.tieA, s.tieB)
    let (entryTie, entryAgreement) = (s.entryTie, s.entryAgreement)
    var tieCount = 0
    var entryCount = 0
    var kept = [Bool](repeating: false, count: index.agreementCount)
    let agreements = dataset.agreements  // columns: no `Agreement` is built per row
    candidates.forEach { ai in
      let range = inc.offsets[ai]..<inc.offsets[ai + 1]
      guard !range.isEmpty else { return }
      if !text.isEmpty, !text.matches(agreement: ai, in: agreements) { return }
      let members = Int(inc.memberCount[ai])
      let share = members > 1 ? 1 / Double(members - 1) : 0
      let before = entryCount
      for e in range {
        let pair = Int(inc.pairOf[e])
        if crossBorder, !inc.crosses[pair] { continue }
        var t = slots[pair].tie
        if t < 0 {
          t = Int32(tieCount)
          slots[pair].tie = t
          tiePair[tieCount] = Int32(pair)
          (tieA[tieCount], tieB[tieCount]) = (slots[pair].a, slots[pair].b)
          tieCount += 1
        }
        slots[pair].count += 1
        if newman { newmanWeight[pair] += share }
        entryTie[entryCount] = t
        entryAgreement[entryCount] = Int32(ai)
        entryCount += 1
      }
      if entryCount > before { kept[ai] = true }
    }
    s.tieCount = tieCount
    s.entryCount = entryCount
    return kept
  }

  /// Every tie's agreements in one array (file order within a tie), then the ties over the
  /// nodes in city-id order.
  private func graph(_ s: Scratch, _ incidence: Incidence, _ cityOrder: [Int]) -> CooperationGraph {
    let tieCount = s.tieCount
    var start = [Int](repeating: 0, count: tieCount + 1)
    for t in 0..<tieCount { start[t + 1] = start[t] + Int(s.slots[Int(s.tiePair[t])].count) }
    let flat = [Int32](unsafeUninitializedCapacity: s.entryCount) { flat, filled in
      var fill = start
      fill.withUnsafeMutableBufferPointer { fill in
        for k in 0..<s.entryCount {
          let t = Int(s.entryTie[k])
          flat[fill[t]] = s.entryAgreement[k]
          fill[t] += 1
        }
      }
      filled = s.entryCount
    }
    // Node order: by city id, so output is stable whatever the agreement order.
    var isNode = filter.keepIsolates ? incidence.inScope : [Bool](repeating: false, count: dataset.cities.count)
    for t in 0..<tieCount {
      isNode[Int(s.tieA[t])] = true
      isNode[Int(s.tieB[t])] = true
    }
    let nodes = cityOrder.filter { isNode[$0] }
    var position = [Int](repeating: -1, count: dataset.cities.count)
    for (i, c) in nodes.enumerated() { position[c] = i }
    let newman = filter.weighting == .newman
    // Ends as node positions, a < b (nodes are in id order, cities in file order).
    let ends = (0..<tieCount).map { t in
      let (u, v) = (Int32(position[Int(s.tieA[t])]), Int32(position[Int(s.tieB[t])]))
      return (min(u, v), max(u, v))
    }
    let ties = (0..<tieCount).map { t in
      Tie(
        a: Int(ends[t].0), b: Int(ends[t].1),
        agreements: TieAgreements(storage: flat, start: start[t], end: start[t + 1]),
        newmanWeight: newman ? s.newman[Int(s.tiePair[t])] : nil)
    }
    return CooperationGraph(nodes: nodes, ties: ties, ends: ends)
  }
}

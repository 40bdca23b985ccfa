/// Builds the filtered network from the dataset's precomputed parts (`DatasetDerived`): the
/// filter index gives the candidate agreements as a bitset, the incidence of the filter's level
/// and node conditions gives each agreement's pairs, so a filter change is one pass over the
/// passing agreements adding to a weight per pair, then one more to list each tie's agreements
/// in a single shared array. Results are exactly those of testing each agreement and hashing
/// each pair (the reference builder in the tests does that and must agree).
struct NetworkBuilder {
  let dataset: Dataset
  let filter: Filter

  func build() -> (agreements: [Int], graph: CooperationGraph) {
    let index = dataset.derived.filterIndex(dataset)
    let incidence = dataset.derived.incidence(dataset, Incidence.Key(filter))
    let candidates = index.candidates(filter, codebook: dataset.codebook)
    let text = RecordMatch(filter.text, in: dataset, aggregation: filter.aggregation)
    let crossBorder = filter.crossBorderOnly
    let newman = filter.weighting == .newman

    // Pass 1: ties numbered in order of first appearance, as the pairs of the passing agreements.
    var tieOfPair = [Int32](repeating: -1, count: incidence.pairCount)
    var tiePair: [Int32] = []
    var weight: [Int32] = []
    var newmanWeight: [Double] = []
    var kept = [Bool](repeating: false, count: index.agreementCount)
    incidence.offsets.withUnsafeBufferPointer { offsets in
      incidence.pairOf.withUnsafeBufferPointer { pairOf in
        candidates.forEach { ai in
          let range = offsets[ai]..<offsets[ai + 1]
          guard !range.isEmpty else { return }
          if !text.isEmpty, !text.matches(agreement: ai, in: dataset.agreements) { return }
          let members = Int(incidence.memberCount[ai])
          let share = members > 1 ? 1 / Double(members - 1) : 0
          var added = false
          for e in range {
            let p = Int(pairOf[e])
            if crossBorder, !incidence.crosses[p] { continue }
            var t = Int(tieOfPair[p])
            if t < 0 {
              t = tiePair.count
              tieOfPair[p] = Int32(t)
              tiePair.append(Int32(p))
              weight.append(0)
              if newman { newmanWeight.append(0) }
            }
            weight[t] += 1
            if newman { newmanWeight[t] += share }
            added = true
          }
          if added { kept[ai] = true }
        }
      }
    }
    let graph = tieList(incidence, index.cityOrder, tieOfPair: tieOfPair, tiePair: tiePair, weight: weight, newmanWeight: newmanWeight, kept: kept)
    return (index.dateOrder.filter { kept[$0] }, graph)
  }

  /// Pass 2: every tie's agreements in one array (file order within a tie), then the ties over
  /// the nodes in city-id order.
  private func tieList(
    _ incidence: Incidence, _ cityOrder: [Int], tieOfPair: [Int32], tiePair: [Int32], weight: [Int32], newmanWeight: [Double], kept: [Bool]
  ) -> CooperationGraph {
    let tieCount = tiePair.count
    var start = [Int](repeating: 0, count: tieCount + 1)
    for t in 0..<tieCount { start[t + 1] = start[t] + Int(weight[t]) }
    var fill = start
    var flat = [Int32](repeating: 0, count: start[tieCount])
    let crossBorder = filter.crossBorderOnly
    for ai in kept.indices where kept[ai] {
      for e in incidence.offsets[ai]..<incidence.offsets[ai + 1] {
        let p = Int(incidence.pairOf[e])
        if crossBorder, !incidence.crosses[p] { continue }
        let t = Int(tieOfPair[p])
        flat[fill[t]] = Int32(ai)
        fill[t] += 1
      }
    }
    // Node order: by city id, so output is stable whatever the agreement order.
    var isNode = filter.keepIsolates ? incidence.inScope : [Bool](repeating: false, count: dataset.cities.count)
    for p in tiePair {
      isNode[Int(incidence.pairA[Int(p)])] = true
      isNode[Int(incidence.pairB[Int(p)])] = true
    }
    let nodes = cityOrder.filter { isNode[$0] }
    var position = [Int](repeating: -1, count: dataset.cities.count)
    for (i, c) in nodes.enumerated() { position[c] = i }
    let newman = filter.weighting == .newman
    let ties = (0..<tieCount).map { t in
      let p = Int(tiePair[t])
      return Tie(
        a: position[Int(incidence.pairA[p])], b: position[Int(incidence.pairB[p])],
        agreements: TieAgreements(storage: flat, start: start[t], end: start[t + 1]),
        newmanWeight: newman ? newmanWeight[t] : nil)
    }
    return CooperationGraph(nodes: nodes, ties: ties)
  }
}

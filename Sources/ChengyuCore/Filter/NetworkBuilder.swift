/// Builds the filtered network in one pass over the agreements (no quadratic work in their
/// number: each agreement costs the square of its own party count).
struct NetworkBuilder {
  let dataset: Dataset
  let filter: Filter

  func build() -> (agreements: [Int], graph: CooperationGraph) {
    let rollUp = dataset.rollUpMap(filter.aggregation)
    let counts = countedParties()
    let mechanismOK = dataset.codebook.mechanisms.map { m in
      (filter.families.isEmpty || filter.families.contains(m.family))
        && (filter.mechanisms.isEmpty || filter.mechanisms.contains(m.id))
    }
    let domainOK = dataset.codebook.domains.map { filter.domains.contains($0.id) }
    let text = RecordMatch(filter.text, in: dataset, aggregation: filter.aggregation)
    let crossBorder = CrossBorderRule(dataset: dataset)

    var tieIndex: [Int: Int] = [:]  // (a * cityCount + b) → position in pairs
    var pairs: [(a: Int, b: Int, agreements: [Int], newman: Double)] = []
    var kept: [Int] = []
    let n = dataset.cities.count
    var members: [Int] = []
    var memberOf = [Int](repeating: -1, count: n)  // node → last agreement it joined, not members.contains
    let agreements = dataset.agreements  // columns: no `Agreement` is built per row
    for ai in agreements.indices {
      guard mechanismOK[agreements.mechanism(ai)] else { continue }
      if !filter.domains.isEmpty, !agreements.domains(ai).contains(where: { domainOK[Int($0)] }) { continue }
      if let years = filter.years, !years.contains(agreements.year(ai)) { continue }
      if !filter.passesControls(ai, in: agreements) { continue }
      if !text.isEmpty, !text.matches(agreement: ai, in: agreements) { continue }
      members.removeAll(keepingCapacity: true)
      for p in agreements.parties(ai) where counts[Int(p)] {
        let node = rollUp[Int(p)]
        if memberOf[node] != ai {
          memberOf[node] = ai
          members.append(node)
        }
      }
      var added = false
      let share = members.count > 1 ? 1 / Double(members.count - 1) : 0
      for i in 0..<members.count {
        for j in (i + 1)..<members.count {
          let (u, v) = (min(members[i], members[j]), max(members[i], members[j]))
          if filter.crossBorderOnly, !crossBorder.crosses(u, v) { continue }
          let key = u * n + v
          if let t = tieIndex[key] {
            pairs[t].agreements.append(ai)
            pairs[t].newman += share
          } else {
            tieIndex[key] = pairs.count
            pairs.append((u, v, [ai], share))
          }
          added = true
        }
      }
      if added { kept.append(ai) }
    }
    // Node order: by city id, so output is stable whatever the agreement order.
    var nodeSet = filter.keepIsolates ? dataset.citiesInScope(filter) : Set<Int>()
    for p in pairs {
      nodeSet.insert(p.a)
      nodeSet.insert(p.b)
    }
    let nodes = nodeSet.sorted { dataset.cities[$0].id < dataset.cities[$1].id }
    var position = [Int](repeating: -1, count: n)
    for (i, c) in nodes.enumerated() { position[c] = i }
    let newman = filter.weighting == .newman
    let ties = pairs.map {
      Tie(a: position[$0.a], b: position[$0.b], agreements: $0.agreements, newmanWeight: newman ? $0.newman : nil)
    }
    kept.sort { agreements.precedes($0, $1) }
    return (kept, CooperationGraph(nodes: nodes, ties: ties))
  }

  /// Which parties count under the node conditions (level, in-region).
  private func countedParties() -> [Bool] {
    dataset.cities.map(filter.counts)
  }
}

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
    var pairs: [(a: Int, b: Int, agreements: [Int])] = []
    var kept: [Int] = []
    let n = dataset.cities.count
    var members: [Int] = []
    var memberOf = [Int](repeating: -1, count: n)  // node → last agreement it joined, not members.contains
    for (ai, a) in dataset.agreements.enumerated() {
      guard mechanismOK[a.mechanism] else { continue }
      if !filter.domains.isEmpty, !a.domains.contains(where: { domainOK[$0] }) { continue }
      if let years = filter.years, !years.contains(a.date.year) { continue }
      if !text.isEmpty, !text.matches(a) { continue }
      members.removeAll(keepingCapacity: true)
      for p in a.parties where counts[p] {
        let node = rollUp[p]
        if memberOf[node] != ai {
          memberOf[node] = ai
          members.append(node)
        }
      }
      var added = false
      for i in 0..<members.count {
        for j in (i + 1)..<members.count {
          let (u, v) = (min(members[i], members[j]), max(members[i], members[j]))
          if filter.crossBorderOnly, !crossBorder.crosses(u, v) { continue }
          let key = u * n + v
          if let t = tieIndex[key] { pairs[t].agreements.append(ai) } else {
            tieIndex[key] = pairs.count
            pairs.append((u, v, [ai]))
          }
          added = true
        }
      }
      if added { kept.append(ai) }
    }
    // Node order: by city id, so output is stable whatever the agreement order.
    var nodeSet = Set<Int>()
    for p in pairs {
      nodeSet.insert(p.a)
      nodeSet.insert(p.b)
    }
    let nodes = nodeSet.sorted { dataset.cities[$0].id < dataset.cities[$1].id }
    var position = [Int](repeating: -1, count: n)
    for (i, c) in nodes.enumerated() { position[c] = i }
    let ties = pairs.map { Tie(a: position[$0.a], b: position[$0.b], agreements: $0.agreements) }
    let agreements = dataset.agreements
    kept.sort { (agreements[$0].date, agreements[$0].id) < (agreements[$1].date, agreements[$1].id) }
    return (kept, CooperationGraph(nodes: nodes, ties: ties))
  }

  /// Which parties count under the node conditions (level, in-region).
  private func countedParties() -> [Bool] {
    dataset.cities.map(filter.counts)
  }
}

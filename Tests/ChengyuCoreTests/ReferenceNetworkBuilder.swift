@testable import ChengyuCore

/// The network builder as it was before the incidence and the filter index: each agreement
/// tested field by field, each pair hashed into a dictionary, an array of agreements per tie,
/// each row of the adjacency sorted on its own, orders by id strings. Kept here, plain and
/// slow, as the reference the fast path must match exactly.
struct ReferenceNetwork {
  struct RefTie: Equatable {
    var a: Int, b: Int
    var agreements: [Int]
    var newman: Double?
  }

  let agreements: [Int]
  let policies: [Int]
  let nodes: [Int]
  let ties: [RefTie]
  let offsets: [Int]
  let neighbors: [Int]
  let neighborTies: [Int]
  let tiesByWeight: [Int]
  let tiesOfNode: [[(tie: Int, partner: Int)]]

  init(_ dataset: Dataset, _ filter: Filter) {
    let rollUp = dataset.rollUpMap(filter.aggregation)
    let counts = dataset.cities.map(filter.counts)
    let mechanismOK = dataset.codebook.mechanisms.map { m in
      (filter.families.isEmpty || filter.families.contains(m.family))
        && (filter.mechanisms.isEmpty || filter.mechanisms.contains(m.id))
    }
    let domainOK = dataset.codebook.domains.map { filter.domains.contains($0.id) }
    let text = RecordMatch(filter.text, in: dataset, aggregation: filter.aggregation)
    let crossBorder = CrossBorderRule(dataset: dataset)
    var tieIndex: [Int: Int] = [:]
    var pairs: [(a: Int, b: Int, agreements: [Int], newman: Double)] = []
    var kept: [Int] = []
    let n = dataset.cities.count
    for (ai, a) in dataset.agreements.enumerated() {
      guard mechanismOK[a.mechanism] else { continue }
      if !filter.domains.isEmpty, !a.domains.contains(where: { domainOK[$0] }) { continue }
      if let years = filter.years, !years.contains(a.date.year) { continue }
      if let most = filter.maxParties, a.parties.count > most { continue }
      if !filter.confidences.isEmpty, !filter.confidences.contains(a.provenance.confidence) { continue }
      if !text.isEmpty, !text.matches(a) { continue }
      var members: [Int] = []
      for p in a.parties where counts[p] && !members.contains(rollUp[p]) { members.append(rollUp[p]) }
      var added = false
      let share = members.count > 1 ? 1 / Double(members.count - 1) : 0
      for i in 0..<members.count {
        for j in (i + 1)..<members.count {
          let (u, v) = (min(members[i], members[j]), max(members[i], members[j]))
          if filter.crossBorderOnly, !crossBorder.crosses(u, v) { continue }
          if let t = tieIndex[u * n + v] {
            pairs[t].agreements.append(ai)
            pairs[t].newman += share
          } else {
            tieIndex[u * n + v] = pairs.count
            pairs.append((u, v, [ai], share))
          }
          added = true
        }
      }
      if added { kept.append(ai) }
    }
    var nodeSet = filter.keepIsolates ? dataset.citiesInScope(filter) : Set<Int>()
    for p in pairs { nodeSet.formUnion([p.a, p.b]) }
    let nodes = nodeSet.sorted { dataset.cities[$0].id < dataset.cities[$1].id }
    var position = [Int: Int]()
    for (i, c) in nodes.enumerated() { position[c] = i }
    let newman = filter.weighting == .newman
    let ties = pairs.map { p in
      RefTie(a: min(position[p.a]!, position[p.b]!), b: max(position[p.a]!, position[p.b]!),
             agreements: p.agreements, newman: newman ? p.newman : nil)
    }
    let ag = dataset.agreements
    self.agreements = kept.sorted { (ag[$0].date, ag[$0].id) < (ag[$1].date, ag[$1].id) }
    let po = dataset.policies
    policies = po.indices.filter { i in
      if let years = filter.years, !years.contains(po[i].date.year) { return false }
      if !filter.issuerLevels.isEmpty && !filter.issuerLevels.contains(po[i].issuer) { return false }
      return text.matches(po[i])
    }.sorted { (po[$0].date, po[$0].id) < (po[$1].date, po[$1].id) }
    self.nodes = nodes
    self.ties = ties
    // Adjacency: rows filled in tie order, then each row sorted by neighbour.
    var rows = [[(Int, Int)]](repeating: [], count: nodes.count)
    for (i, t) in ties.enumerated() {
      rows[t.a].append((t.b, i))
      rows[t.b].append((t.a, i))
    }
    rows = rows.map { $0.sorted { $0.0 < $1.0 } }
    offsets = rows.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    neighbors = rows.flatMap { $0.map(\.0) }
    neighborTies = rows.flatMap { $0.map(\.1) }
    let id = { (node: Int) in dataset.cities[nodes[node]].id }
    tiesByWeight = ties.indices.sorted { l, r in
      let (x, y) = (ties[l], ties[r])
      if x.agreements.count != y.agreements.count { return x.agreements.count > y.agreements.count }
      return (id(x.a), id(x.b)) < (id(y.a), id(y.b))
    }
    tiesOfNode = rows.map { row in
      row.map { (tie: $0.1, partner: $0.0) }.sorted { l, r in
        let (wl, wr) = (ties[l.tie].agreements.count, ties[r.tie].agreements.count)
        return wl != wr ? wl > wr : id(l.partner) < id(r.partner)
      }
    }
  }
}

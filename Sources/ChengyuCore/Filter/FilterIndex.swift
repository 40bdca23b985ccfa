/// Per-dimension sets of agreements, built once per dataset, so a filter change combines a few
/// bitsets instead of testing every agreement field by field: one set per mechanism, domain,
/// year, confidence value and party count. Within a dimension the chosen values are united,
/// across dimensions intersected; the free text stays a per-agreement test (`RecordMatch`).
struct FilterIndex: Sendable {
  let agreementCount: Int
  private let byMechanism: [AgreementBitset]
  private let byDomain: [AgreementBitset]
  private let byYear: [Int: AgreementBitset]
  private let byConfidence: [String: AgreementBitset]
  /// Party count (as signed) → its agreements.
  private let byPartyCount: [Int: AgreementBitset]
  /// Agreement indices by date then id, and each agreement's place in that order.
  let dateOrder: [Int]
  /// Policy indices by date then id.
  let policyDateOrder: [Int]
  /// City indices by city id (the order of a view's nodes).
  let cityOrder: [Int]

  /// One pass per dimension over the columns, with values mapped to their set through an array
  /// (no hashing per agreement: a million agreements took 0.4 s with three dictionary look-ups
  /// and a `String` per row); the date order is sorted on one core while the sets are built on
  /// another.
  init(_ dataset: Dataset) {
    let store = dataset.agreements
    let n = store.count
    agreementCount = n
    let mechanismCount = dataset.codebook.mechanisms.count
    let domainCount = dataset.codebook.domains.count
    var sets: (mechanisms: [AgreementBitset], domains: [AgreementBitset], years: [Int: AgreementBitset],
               confidences: [Int: AgreementBitset], partyCounts: [Int: AgreementBitset])?
    var order: [Int] = []
    WorkSplit.run(parts: 2, threads: n >= WorkSplit.minimumAgreements ? 2 : 1) { part in
      if part == 1 {
        order = dataset.agreementsByDateAndID()
        return
      }
      var mechanisms = [AgreementBitset](repeating: AgreementBitset(count: n), count: mechanismCount)
      var domains = [AgreementBitset](repeating: AgreementBitset(count: n), count: domainCount)
      for i in 0..<n {
        let m = store.mechanism(i)
        if m >= 0 && m < mechanismCount { mechanisms[m].insert(i) }
        for d in store.domains(i) where d >= 0 && Int(d) < domainCount { domains[Int(d)].insert(i) }
      }
      sets = (mechanisms, domains, FilterIndex.sets(n) { store.year($0) },
              FilterIndex.sets(n) { store.confidenceCode($0) }, FilterIndex.sets(n) { store.partyCount($0) })
    }
    let built = sets!
    byMechanism = built.mechanisms
    byDomain = built.domains
    byYear = built.years
    let names = store.confidenceNames
    var confidences: [String: AgreementBitset] = [:]
    for (code, set) in built.confidences { confidences[names[code], default: AgreementBitset(count: n)].formUnion(set) }
    byConfidence = confidences
    byPartyCount = built.partyCounts
    dateOrder = order
    policyDateOrder = dataset.policiesByDateAndID()
    cityOrder = dataset.cities.indices.sorted { dataset.cities[$0].id < dataset.cities[$1].id }
  }

  /// One set per distinct value of `value(i)` over agreements `0..<n`. Values go to their set
  /// through an array over the values' span (years, party counts and codes span little); a span
  /// too wide for that (only a corrupt column could have one) falls back to a dictionary.
  private static func sets(_ n: Int, _ value: (Int) -> Int) -> [Int: AgreementBitset] {
    guard n > 0 else { return [:] }
    var (low, high) = (Int.max, Int.min)
    for i in 0..<n {
      let v = value(i)
      low = min(low, v)
      high = max(high, v)
    }
    var result: [Int: AgreementBitset] = [:]
    guard high - low < 1 << 20 else {
      for i in 0..<n { result[value(i), default: AgreementBitset(count: n)].insert(i) }
      return result
    }
    var slotOf = [Int32](repeating: -1, count: high - low + 1)
    var sets: [AgreementBitset] = []
    var values: [Int] = []
    for i in 0..<n {
      let v = value(i)
      var s = Int(slotOf[v - low])
      if s < 0 {
        s = sets.count
        slotOf[v - low] = Int32(s)
        sets.append(AgreementBitset(count: n))
        values.append(v)
      }
      sets[s].insert(i)
    }
    for (s, v) in values.enumerated() { result[v] = sets[s] }
    return result
  }

  /// The agreements passing the filter's agreement conditions other than text and cross-border
  /// (family, mechanism, domain, years, party count, confidence).
  func candidates(_ filter: Filter, codebook: Codebook) -> AgreementBitset {
    var result = AgreementBitset(count: agreementCount, full: true)
    if !filter.families.isEmpty || !filter.mechanisms.isEmpty {
      result.formIntersection(union(codebook.mechanisms.indices.filter { i in
        let m = codebook.mechanisms[i]
        return (filter.families.isEmpty || filter.families.contains(m.family))
          && (filter.mechanisms.isEmpty || filter.mechanisms.contains(m.id))
      }.map { byMechanism[$0] }))
    }
    if !filter.domains.isEmpty {
      result.formIntersection(union(codebook.domains.indices.filter { filter.domains.contains(codebook.domains[$0].id) }
        .map { byDomain[$0] }))
    }
    if let range = filter.years {
      result.formIntersection(union(byYear.filter { range.contains($0.key) }.map(\.value)))
    }
    if let most = filter.maxParties {
      result.formIntersection(union(byPartyCount.filter { $0.key <= most }.map(\.value)))
    }
    if !filter.confidences.isEmpty {
      result.formIntersection(union(byConfidence.filter { filter.confidences.contains($0.key) }.map(\.value)))
    }
    return result
  }

  /// The members of `set` in date order (a view's agreement order), written into `out`, which
  /// holds exactly `set.population` of them.
  func inDateOrder(_ set: AgreementBitset, into out: UnsafeMutableBufferPointer<Int>) {
    var k = 0
    dateOrder.withUnsafeBufferPointer { order in
      for a in order where set.contains(a) {
        out[k] = a
        k += 1
      }
    }
    precondition(k == out.count, "date order and set disagree")
  }

  private func union(_ sets: [AgreementBitset]) -> AgreementBitset {
    var u = AgreementBitset(count: agreementCount)
    for s in sets { u.formUnion(s) }
    return u
  }
}

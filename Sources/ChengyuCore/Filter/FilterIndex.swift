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

  init(_ dataset: Dataset) {
    let n = dataset.agreementCount
    agreementCount = n
    let empty = AgreementBitset(count: n)
    var mechanisms = [AgreementBitset](repeating: empty, count: dataset.codebook.mechanisms.count)
    var domains = [AgreementBitset](repeating: empty, count: dataset.codebook.domains.count)
    var years: [Int: AgreementBitset] = [:]
    var confidences: [String: AgreementBitset] = [:]
    var partyCounts: [Int: AgreementBitset] = [:]
    for i in 0..<n {
      let m = dataset.mechanismOfAgreement(i)
      if mechanisms.indices.contains(m) { mechanisms[m].insert(i) }
      for d in dataset.domainsOfAgreement(i) where domains.indices.contains(Int(d)) { domains[Int(d)].insert(i) }
      years[dataset.yearOfAgreement(i), default: empty].insert(i)
      confidences[dataset.confidenceOfAgreement(i), default: empty].insert(i)
      partyCounts[dataset.partyCountOfAgreement(i), default: empty].insert(i)
    }
    byMechanism = mechanisms
    byDomain = domains
    byYear = years
    byConfidence = confidences
    byPartyCount = partyCounts
    dateOrder = dataset.agreementsByDateAndID()
    policyDateOrder = dataset.policiesByDateAndID()
    cityOrder = dataset.cities.indices.sorted { dataset.cities[$0].id < dataset.cities[$1].id }
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

  private func union(_ sets: [AgreementBitset]) -> AgreementBitset {
    var u = AgreementBitset(count: agreementCount)
    for s in sets { u.formUnion(s) }
    return u
  }
}

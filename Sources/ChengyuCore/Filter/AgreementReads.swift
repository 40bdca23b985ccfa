/// The agreement fields the filter index and the incidence read, in one place, from the
/// columnar store (no `Agreement` is built per row).
extension Dataset {
  var agreementCount: Int { agreements.count }
  func partiesOfAgreement(_ i: Int) -> ArraySlice<Int32> { agreements.parties(i) }
  func mechanismOfAgreement(_ i: Int) -> Int { agreements.mechanism(i) }
  func domainsOfAgreement(_ i: Int) -> ArraySlice<Int32> { agreements.domains(i) }
  func yearOfAgreement(_ i: Int) -> Int { agreements.year(i) }
  func partyCountOfAgreement(_ i: Int) -> Int { agreements.partyCount(i) }
  func confidenceOfAgreement(_ i: Int) -> String { agreements.confidence(i) }
  /// Agreement indices by date, then id: the order of `NetworkView.agreements`.
  func agreementsByDateAndID() -> [Int] {
    let store = agreements
    return store.indices.sorted { store.precedes($0, $1) }
  }
  /// Policy indices by date, then id: the order of `NetworkView.policies`.
  func policiesByDateAndID() -> [Int] {
    policies.indices.sorted { (policies[$0].date, policies[$0].id) < (policies[$1].date, policies[$1].id) }
  }
}

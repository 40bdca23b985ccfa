/// The agreement fields the filter index and the incidence read, in one place: when the
/// agreements move to a columnar store, these lines are what changes.
extension Dataset {
  var agreementCount: Int { agreements.count }
  func partiesOfAgreement(_ i: Int) -> [Int] { agreements[i].parties }
  func mechanismOfAgreement(_ i: Int) -> Int { agreements[i].mechanism }
  func domainsOfAgreement(_ i: Int) -> [Int] { agreements[i].domains }
  func yearOfAgreement(_ i: Int) -> Int { agreements[i].date.year }
  func confidenceOfAgreement(_ i: Int) -> String { agreements[i].provenance.confidence }
  /// Agreement indices by date, then id: the order of `NetworkView.agreements`.
  func agreementsByDateAndID() -> [Int] {
    agreements.indices.sorted { (agreements[$0].date, agreements[$0].id) < (agreements[$1].date, agreements[$1].id) }
  }
  /// Policy indices by date, then id: the order of `NetworkView.policies`.
  func policiesByDateAndID() -> [Int] {
    policies.indices.sorted { (policies[$0].date, policies[$0].id) < (policies[$1].date, policies[$1].id) }
  }
}

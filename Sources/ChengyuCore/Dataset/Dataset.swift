/// A loaded cooperation dataset: governments, agreements, policies and the codebook.
///
/// Agreements and policies refer to governments by index into `cities`, resolved and checked
/// by `DatasetLoader`.
public struct Dataset: Sendable {
  public var cities: [City]
  public var agreements: [Agreement]
  public var policies: [Policy]
  public var codebook: Codebook
  public let cityIndex: [CityID: Int]

  public init(cities: [City], agreements: [Agreement], policies: [Policy], codebook: Codebook) {
    self.cities = cities
    self.agreements = agreements
    self.policies = policies
    self.codebook = codebook
    var index: [CityID: Int] = [:]
    for (i, c) in cities.enumerated() { index[c.id] = i }
    cityIndex = index
  }

  public func city(_ id: CityID) -> City? { cityIndex[id].map { cities[$0] } }
  public func mechanism(of a: Agreement) -> Mechanism { codebook.mechanisms[a.mechanism] }
  public func agreement(id: String) -> Agreement? { agreements.first { $0.id == id } }
  public func policy(id: String) -> Policy? { policies.first { $0.id == id } }
}

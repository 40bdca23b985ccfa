/// A loaded cooperation dataset: governments, agreements, policies and the codebook.
///
/// Agreements and policies refer to governments by index into `cities`, resolved and checked
/// by `DatasetLoader`. Every stored part is a `let`: the indices below are computed once from
/// them, so the parts cannot change and leave the indices stale.
public struct Dataset: Sendable {
  /// Governments in file order; agreements and policies refer to them by index.
  public let cities: [City]
  /// Agreements in file order, as columns (`AgreementStore`): `agreements[i]` is an `Agreement`
  /// built on demand; hot paths read single columns (`agreements.year(i)`, `.parties(i)` …).
  public let agreements: AgreementStore
  /// Policy documents in file order.
  public let policies: [Policy]
  /// Mechanism types and domains.
  public let codebook: Codebook
  /// City id → index into `cities`.
  public let cityIndex: [CityID: Int]
  /// Pinyin initials of each city's English name ("cq" for Chongqing), for search.
  public let cityInitials: [String]
  /// Filter index and incidences, built on first use and shared by copies (see `DatasetDerived`).
  let derived = DatasetDerived()

  /// A dataset from checked parts (the loader validates; code-built datasets must be consistent;
  /// each agreement's family is taken from the codebook).
  public init(cities: [City], agreements: [Agreement], policies: [Policy], codebook: Codebook) {
    self.init(cities: cities, agreements: AgreementStore(agreements), policies: policies, codebook: codebook)
  }

  /// A dataset from checked parts with agreements already in columns (the loader's path).
  public init(cities: [City], agreements: AgreementStore, policies: [Policy], codebook: Codebook) {
    self.cities = cities
    // The family is the codebook's, whatever a code-built agreement was given: family filters
    // (which read the codebook) and family counts (which read `family`) must agree.
    self.agreements = agreements.withFamilies(from: codebook)
    self.policies = policies
    self.codebook = codebook
    var index: [CityID: Int] = [:]
    for (i, c) in cities.enumerated() { index[c.id] = i }
    cityIndex = index
    cityInitials = cities.map { PinyinInitials.of($0.nameEn) }
  }

  /// Whether a search word (already folded) names city `i`: in its id, names, former names or
  /// code, or, for two or more ASCII letters, as the start of its pinyin initials (`cq`).
  public func cityMatches(_ i: Int, folded word: String) -> Bool {
    if cities[i].matches(folded: word) { return true }
    // Cheapest test first: a word longer than the initials (a paste) is rejected at once.
    let n = word.utf8.count
    return n >= 2 && n <= cityInitials[i].utf8.count && word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
      && cityInitials[i].hasPrefix(word)
  }

  /// The city with this id, or nil.
  public func city(_ id: CityID) -> City? { cityIndex[id].map { cities[$0] } }
  /// The agreement's mechanism type.
  public func mechanism(of a: Agreement) -> Mechanism { codebook.mechanisms[a.mechanism] }
  /// The agreement with this exact id, or nil (a linear search: for single lookups).
  public func agreement(id: String) -> Agreement? {
    agreements.indices.first { agreements.hasID($0, id) }.map { agreements[$0] }
  }
  /// The policy with this exact id, or nil (a linear search: for single lookups).
  public func policy(id: String) -> Policy? { policies.first { $0.id == id } }
}

/// The categories agreements are coded with, read from `mechanisms.csv` and `domains.csv`.
public struct Codebook: Sendable, Hashable {
  /// Mechanism types in file order; `Agreement.mechanism` indexes this array.
  public var mechanisms: [Mechanism]
  /// Policy domains in file order; `Agreement.domains` indexes this array.
  public var domains: [Domain]

  /// A codebook from its two lists (ids are assumed unique; the loader checks them).
  public init(mechanisms: [Mechanism], domains: [Domain]) {
    self.mechanisms = mechanisms
    self.domains = domains
  }

  /// Position of the mechanism with this id, or nil.
  public func mechanismIndex(_ id: String) -> Int? { mechanisms.firstIndex { $0.id == id } }
  /// Position of the domain with this id, or nil.
  public func domainIndex(_ id: String) -> Int? { domains.firstIndex { $0.id == id } }
}

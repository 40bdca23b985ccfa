/// The categories agreements are coded with, read from `mechanisms.csv` and `domains.csv`.
public struct Codebook: Sendable, Hashable {
  public var mechanisms: [Mechanism]
  public var domains: [Domain]

  public init(mechanisms: [Mechanism], domains: [Domain]) {
    self.mechanisms = mechanisms
    self.domains = domains
  }

  public func mechanismIndex(_ id: String) -> Int? { mechanisms.firstIndex { $0.id == id } }
  public func domainIndex(_ id: String) -> Int? { domains.firstIndex { $0.id == id } }
}

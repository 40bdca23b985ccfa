/// A policy domain from `domains.csv` (transport, environment, …).
public struct Domain: Sendable, Hashable {
  public var id: String
  public var nameZh: String
  public var nameEn: String

  public init(id: String, nameZh: String, nameEn: String) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
  }
}

/// A mechanism type from `mechanisms.csv`; researchers may recode, so these come from data.
public struct Mechanism: Sendable, Hashable {
  public var id: String
  public var family: MechanismFamily
  public var nameZh: String
  public var nameEn: String
  public var description: String

  public init(id: String, family: MechanismFamily, nameZh: String, nameEn: String, description: String = "") {
    self.id = id
    self.family = family
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.description = description
  }
}

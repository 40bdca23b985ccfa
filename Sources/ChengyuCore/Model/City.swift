/// A government: a node of the cooperation network.
public struct City: Sendable, Hashable {
  public var id: CityID
  public var nameZh: String
  public var nameEn: String
  public var level: AdminLevel
  /// The administrative parent; nil for provincial-level units.
  public var parent: CityID?
  /// The provincial-level unit the government belongs to (itself for a province).
  public var province: CityID
  public var adcode: String
  public var latitude: Double?
  public var longitude: Double?
  /// Inside the 2016 planning area of the Chengdu–Chongqing urban agglomeration.
  public var inRegion: Bool
  /// `whole`, `part` or `no`, as in the data.
  public var plan2016: String
  public var formerNames: [String]
  public var statusChanges: String
  /// What confirmed the row, with addresses (the `source` column).
  public var source: String

  public init(
    id: CityID, nameZh: String, nameEn: String, level: AdminLevel, parent: CityID?,
    province: CityID, adcode: String = "", latitude: Double? = nil, longitude: Double? = nil,
    inRegion: Bool, plan2016: String = "", formerNames: [String] = [], statusChanges: String = "",
    source: String = ""
  ) {
    self.id = id
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.level = level
    self.parent = parent
    self.province = province
    self.adcode = adcode
    self.latitude = latitude
    self.longitude = longitude
    self.inRegion = inRegion
    self.plan2016 = plan2016
    self.formerNames = formerNames
    self.statusChanges = statusChanges
    self.source = source
  }
}

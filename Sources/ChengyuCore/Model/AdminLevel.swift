/// Administrative level of a government, from the top of the hierarchy down.
public enum AdminLevel: String, CaseIterable, Sendable, Comparable {
  case province, prefecture, district, county

  /// 0 for provincial-level units; larger is lower in the hierarchy.
  public var rank: Int {
    switch self {
    case .province: 0
    case .prefecture: 1
    case .district, .county: 2
    }
  }

  public var nameZh: String {
    switch self {
    case .province: "省级"
    case .prefecture: "地级"
    case .district: "区"
    case .county: "县"
    }
  }

  public static func < (a: AdminLevel, b: AdminLevel) -> Bool {
    (a.rank, a.rawValue) < (b.rank, b.rawValue)
  }
}

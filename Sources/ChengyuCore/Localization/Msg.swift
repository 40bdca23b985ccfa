/// Shared vocabulary of the interface: families, levels, aggregation levels, record nouns and
/// small words, used by the command line and (later) the explorer.
public enum Msg: String, MessageKey {
  case familyGovernance, familyCollaboration, familyLetterGovernance, familyLetterCollaboration
  case levelProvince, levelPrefecture, levelDistrict, levelCounty
  case aggregationSigned, aggregationCity, aggregationProvince
  case issuerCentral, issuerProvincial, issuerJointProvincial
  case yes, no, none
  case nounAgreement, nounAgreements, nounTie, nounTies, nounPolicy, nounPolicies
  case nounGovernment, nounGovernments, nounCity, nounCities, nounProvince, nounProvinces
  // Counts of a list ("4 of 18 agreements"), for the CLI's count line and the explorer's lists.
  case countAll, countOf, countFirst

  public var texts: LocalizedText {
    switch self {
    case .familyGovernance: .init("governance", "治理")
    case .familyCollaboration: .init("collaboration", "协作")
    case .familyLetterGovernance: .init("G", "治")
    case .familyLetterCollaboration: .init("C", "协")
    case .levelProvince: .init("province", "省级")
    case .levelPrefecture: .init("prefecture", "地级")
    case .levelDistrict: .init("district", "区")
    case .levelCounty: .init("county", "县")
    case .aggregationSigned: .init("signed", "签署方")
    case .aggregationCity: .init("city", "市级")
    case .aggregationProvince: .init("province", "省级")
    case .issuerCentral: .init("central", "中央")
    case .issuerProvincial: .init("provincial", "省级")
    case .issuerJointProvincial: .init("joint-provincial", "省级联合")
    case .yes: .init("yes", "是")
    case .no: .init("no", "否")
    case .none: .init("none", "无")
    case .nounAgreement: .init("agreement", "项协议")
    case .nounAgreements: .init("agreements", "项协议")
    case .nounTie: .init("tie", "条关系")
    case .nounTies: .init("ties", "条关系")
    case .nounPolicy: .init("policy", "份政策文件")
    case .nounPolicies: .init("policies", "份政策文件")
    case .nounGovernment: .init("government", "个政府")
    case .nounGovernments: .init("governments", "个政府")
    case .nounCity: .init("city", "个城市")
    case .nounCities: .init("cities", "个城市")
    case .nounProvince: .init("province", "个省级单位")
    case .nounProvinces: .init("provinces", "个省级单位")
    case .countAll: .init("{1}", "共 {1}")
    case .countOf: .init("{1} of {2}", "显示 {1} / 共 {2}")
    case .countFirst: .init("first {1} of {2}", "前 {1} / 共 {2}")
    }
  }
}

extension MechanismFamily {
  /// The family's name: governance/collaboration, 治理/协作.
  public func name(_ language: Language) -> String {
    (self == .governance ? Msg.familyGovernance : .familyCollaboration).text(language)
  }

  /// One letter for a single cell: G/C, 治/协.
  public func letter(_ language: Language) -> String {
    (self == .governance ? Msg.familyLetterGovernance : .familyLetterCollaboration).text(language)
  }
}

extension AdminLevel {
  /// The level's name: province/prefecture/district/county, 省级/地级/区/县.
  public func name(_ language: Language) -> String {
    switch self {
    case .province: Msg.levelProvince.text(language)
    case .prefecture: Msg.levelPrefecture.text(language)
    case .district: Msg.levelDistrict.text(language)
    case .county: Msg.levelCounty.text(language)
    }
  }
}

extension AggregationLevel {
  /// The level's name: signed/city/province, 签署方/市级/省级.
  public func name(_ language: Language) -> String {
    switch self {
    case .signed: Msg.aggregationSigned.text(language)
    case .city: Msg.aggregationCity.text(language)
    case .province: Msg.aggregationProvince.text(language)
    }
  }
}

/// A count with its noun: "1 tie", "3 ties", "3 条关系".
public struct CountNoun: Sendable {
  let one: Msg
  let many: Msg

  public static let agreements = CountNoun(one: .nounAgreement, many: .nounAgreements)
  public static let ties = CountNoun(one: .nounTie, many: .nounTies)
  public static let policies = CountNoun(one: .nounPolicy, many: .nounPolicies)
  public static let governments = CountNoun(one: .nounGovernment, many: .nounGovernments)
  public static let cities = CountNoun(one: .nounCity, many: .nounCities)
  public static let provinces = CountNoun(one: .nounProvince, many: .nounProvinces)

  /// What the nodes of a list are called at an aggregation level: governments as signed, cities
  /// at city level, provinces at province level.
  public static func nodes(_ level: AggregationLevel) -> CountNoun {
    switch level {
    case .signed: .governments
    case .city: .cities
    case .province: .provinces
    }
  }

  /// The noun for `n` things (Chinese has one form; the measure word is part of it).
  public func noun(_ n: Int, _ language: Language) -> String { (n == 1 ? one : many).text(language) }

  /// "3 ties" / "3 条关系".
  public func count(_ n: Int, _ language: Language) -> String { "\(n) \(noun(n, language))" }
}

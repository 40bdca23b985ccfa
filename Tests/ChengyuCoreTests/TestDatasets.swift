import ChengyuCore

/// A small in-memory dataset with a known answer for every roll-up, tie and filter test.
///
/// Test input only (the agreements and policies are invented). Hierarchy: Sichuan province →
/// Chengdu and Deyang prefectures → Shuangliu district and Jianyang county (under Chengdu);
/// Chongqing, a provincial-level unit, with Yuzhong and Tongnan districts directly below it;
/// Guizhou → Guiyang, outside the region.
enum TestDatasets {
  static func city(
    _ id: String, _ zh: String, _ en: String, _ level: AdminLevel, parent: String?,
    province: String, inRegion: Bool = true, formerNames: [String] = []
  ) -> City {
    City(
      id: CityID(id), nameZh: zh, nameEn: en, level: level, parent: parent.map(CityID.init),
      province: CityID(province), inRegion: inRegion, formerNames: formerNames)
  }

  static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

  /// City indices, in `cities` order.
  enum C {
    static let sichuan = 0, chongqing = 1, chengdu = 2, deyang = 3, shuangliu = 4, jianyang = 5
    static let yuzhong = 6, tongnan = 7, guiyang = 8, guizhou = 9
  }

  static let cities: [City] = [
    city("sichuan", "四川省", "Sichuan Province", .province, parent: nil, province: "sichuan"),
    city("chongqing", "重庆市", "Chongqing Municipality", .province, parent: nil, province: "chongqing"),
    city("chengdu", "成都市", "Chengdu", .prefecture, parent: "sichuan", province: "sichuan"),
    city("deyang", "德阳市", "Deyang", .prefecture, parent: "sichuan", province: "sichuan"),
    city("shuangliu", "双流区", "Shuangliu District", .district, parent: "chengdu", province: "sichuan"),
    city("jianyang", "简阳市", "Jianyang", .county, parent: "chengdu", province: "sichuan"),
    city("yuzhong", "渝中区", "Yuzhong District", .district, parent: "chongqing", province: "chongqing"),
    city("tongnan", "潼南区", "Tongnan District", .district, parent: "chongqing", province: "chongqing",
         formerNames: ["潼南县"]),
    city("guiyang", "贵阳市", "Guiyang", .prefecture, parent: "guizhou", province: "guizhou", inRegion: false),
    city("guizhou", "贵州省", "Guizhou Province", .province, parent: nil, province: "guizhou", inRegion: false),
  ]

  static let codebook = Codebook(
    mechanisms: [
      Mechanism(id: "joint-conference", family: .governance, nameZh: "联席会议机制", nameEn: "Joint conference"),
      Mechanism(id: "framework-agreement", family: .collaboration, nameZh: "框架协议", nameEn: "Framework agreement"),
      Mechanism(id: "sectoral-agreement", family: .collaboration, nameZh: "专项协议", nameEn: "Sectoral agreement"),
    ],
    domains: [
      Domain(id: "transport", nameZh: "交通", nameEn: "Transport"),
      Domain(id: "tourism", nameZh: "旅游", nameEn: "Tourism"),
      Domain(id: "environment", nameZh: "环境", nameEn: "Environment"),
    ])

  /// Agreement indices, in `agreements` order.
  enum A { static let a1 = 0, a2 = 1, a3 = 2, a4 = 3, a5 = 4, a6 = 5 }

  static func agreement(
    _ id: String, _ date: String, _ zh: String, _ en: String, _ parties: [Int], mechanism: Int,
    domains: [Int]
  ) -> Agreement {
    Agreement(
      id: id, date: Self.date(date), titleZh: zh, titleEn: en, parties: parties, mechanism: mechanism,
      family: codebook.mechanisms[mechanism].family, domains: domains)
  }

  static let agreements: [Agreement] = [
    agreement("A1", "2016-03-01", "成渝交通合作协议", "Chengdu-Chongqing transport agreement",
              [C.chengdu, C.chongqing], mechanism: 0, domains: [0]),
    // Every party rolls up to Chengdu: no tie at city or province level.
    agreement("A2", "2016", "双流简阳旅游协议", "Shuangliu-Jianyang tourism agreement",
              [C.shuangliu, C.jianyang, C.chengdu], mechanism: 1, domains: [1]),
    agreement("A3", "2017-05", "川渝环境合作协议", "Sichuan-Chongqing environment agreement",
              [C.shuangliu, C.yuzhong, C.tongnan], mechanism: 2, domains: [2, 0]),
    agreement("A4", "2018-12-31", "川渝联席会议纪要", "Minutes of the joint conference",
              [C.sichuan, C.chongqing], mechanism: 0, domains: []),
    agreement("A5", "2019", "德阳贵阳旅游协议", "Deyang-Guiyang tourism agreement",
              [C.deyang, C.guiyang], mechanism: 1, domains: [1]),
    // Two Chongqing districts and Chengdu: at city level one Chengdu–Chongqing tie, weight +1.
    agreement("A6", "2017-05-20", "渝中潼南成都协议", "Yuzhong-Tongnan-Chengdu agreement",
              [C.yuzhong, C.tongnan, C.chengdu], mechanism: 2, domains: [2]),
  ]

  static let policies: [Policy] = [
    Policy(id: "P1", date: date("2016-04"), titleZh: "成渝城市群发展规划",
           titleEn: "Development plan of the Chengdu-Chongqing urban agglomeration", issuerZh: "国务院"),
    Policy(id: "P2", date: date("2018-12-31"), titleZh: "测试政策二", titleEn: "Second test policy",
           issuerZh: "四川省人民政府"),
    Policy(id: "P3", date: date("2021"), titleZh: "测试政策三", titleEn: "Third test policy",
           issuerZh: "重庆市人民政府"),
  ]

  static let small = Dataset(cities: cities, agreements: agreements, policies: policies, codebook: codebook)

  /// The agreement ids a filter lets through on the small dataset.
  static func ids(_ filter: Filter, in dataset: Dataset = small) -> [String] {
    dataset.view(filter).agreements.map { dataset.agreements[$0].id }
  }

  /// The view's ties as "id-id:weight" strings (ends in id order), sorted, for comparisons.
  static func tieList(_ view: NetworkView) -> [String] {
    view.graph.ties.map { t in
      let ends = [view.city(node: t.a).id.rawValue, view.city(node: t.b).id.rawValue].sorted()
      return "\(ends[0])-\(ends[1]):\(t.weight)"
    }.sorted()
  }
}

import ChengyuCore

/// A hand-built dataset for the export tests: three governments, three agreements, with names
/// that need escaping in every format (`&`, `<`, `"`, a comma) and one government without
/// coordinates.
///
/// Expected ties (signed level): chengdu–chongqing A1 (governance, 2016) + A2 (collaboration,
/// 2017-05) = 2; chengdu–xtown A2 = 1; chongqing–xtown A2 + A3 (governance, 2018-03-02) = 2.
/// Domains: A1 transport, A2 transport and industry, A3 none.
enum ExportFixture {
  static let dataset: Dataset = {
    let sichuan = CityID("sichuan")
    let cities = [
      City(id: CityID("chengdu"), nameZh: "成都市", nameEn: "Chengdu", level: .prefecture, parent: sichuan,
        province: sichuan, latitude: 30.57, longitude: 104.07, inRegion: true),
      City(id: CityID("chongqing"), nameZh: "重庆市", nameEn: "Chongqing", level: .province, parent: nil,
        province: CityID("chongqing"), latitude: 29.56, longitude: 106.55, inRegion: true),
      City(id: CityID("xtown"), nameZh: "\"X&Y\"<镇>", nameEn: "Town, \"X\"", level: .county, parent: sichuan,
        province: sichuan, inRegion: false),
      City(id: sichuan, nameZh: "四川省", nameEn: "Sichuan", level: .province, parent: nil, province: sichuan,
        inRegion: true),
    ]
    let codebook = Codebook(
      mechanisms: [
        Mechanism(id: "joint-conference", family: .governance, nameZh: "联席会议", nameEn: "Joint conference"),
        Mechanism(id: "framework-agreement", family: .collaboration, nameZh: "框架协议", nameEn: "Framework"),
      ],
      domains: [
        Domain(id: "transport", nameZh: "交通", nameEn: "Transport"),
        Domain(id: "industry", nameZh: "产业", nameEn: "Industry"),
      ])
    let agreements = [
      Agreement(id: "A1", date: CalendarDate(year: 2016)!, titleZh: "甲", titleEn: "One", parties: [0, 1],
        mechanism: 0, family: .governance, domains: [0]),
      Agreement(id: "A2", date: CalendarDate(year: 2017, month: 5)!, titleZh: "乙", titleEn: "Two",
        parties: [2, 1, 0], mechanism: 1, family: .collaboration, domains: [0, 1]),
      Agreement(id: "A3", date: CalendarDate(year: 2018, month: 3, day: 2)!, titleZh: "丙", titleEn: "Three",
        parties: [1, 2], mechanism: 0, family: .governance),
    ]
    return Dataset(cities: cities, agreements: agreements, policies: [], codebook: codebook)
  }()

  /// The export model of the whole fixture, or of a filtered view of it.
  static func network(_ filter: Filter = Filter()) -> ExportNetwork {
    ExportNetwork(view: dataset.view(filter), origin: "fixture")
  }

  /// A network with the ids, names and values that each format must escape or disambiguate:
  /// two governments named 市中区 under different parents, ids with `/` and a space, a
  /// backslash in an English name.
  static func awkward() -> ExportNetwork {
    var network = network()
    network.nodes[0].label = "市中区"
    network.nodes[0].parentLabel = "内江市"
    network.nodes[1].label = "市中区"
    network.nodes[1].parentLabel = "乐山市"
    network.nodes[1].id = "a/b"
    network.nodes[2].id = "x town"
    network.nodes[2].nameEn = #"Back\slash"#
    return network
  }

  static var governanceOnly: Filter {
    var f = Filter()
    f.families = [.governance]
    return f
  }
}

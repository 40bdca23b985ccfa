import ChengyuCore

/// A five-government dataset for the picture widgets. Test input only: the seat coordinates are
/// those of data/cities.csv, the agreements are invented so that weights 1, 2 and 4 and both
/// families occur.
enum PictureFixture {
  static func city(_ id: String, _ zh: String, _ en: String, _ level: AdminLevel, _ lat: Double, _ lon: Double,
                   province: String) -> City {
    City(id: CityID(id), nameZh: zh, nameEn: en, level: level, parent: level == .province ? nil : CityID(province),
         province: CityID(province), latitude: lat, longitude: lon, inRegion: true)
  }

  static let cities = [
    city("chengdu", "成都市", "Chengdu", .prefecture, 30.57, 104.07, province: "sichuan"),
    city("chongqing", "重庆市", "Chongqing Municipality", .province, 29.56, 106.55, province: "chongqing"),
    city("guangyuan", "广元市", "Guangyuan", .prefecture, 32.4354, 105.8434, province: "sichuan"),
    city("luzhou", "泸州市", "Luzhou", .prefecture, 28.89, 105.44, province: "sichuan"),
    city("sichuan", "四川省", "Sichuan Province", .province, 30.65, 104.08, province: "sichuan"),
  ]

  static let codebook = Codebook(
    mechanisms: [
      Mechanism(id: "joint-conference", family: .governance, nameZh: "联席会议机制", nameEn: "Joint conference"),
      Mechanism(id: "framework-agreement", family: .collaboration, nameZh: "框架协议", nameEn: "Framework agreement"),
    ],
    domains: [Domain(id: "transport", nameZh: "交通", nameEn: "Transport")])

  static func agreement(_ id: String, _ year: Int, _ parties: [Int], _ mechanism: Int) -> Agreement {
    Agreement(id: id, date: CalendarDate(year: year)!, titleZh: id, titleEn: id, parties: parties, mechanism: mechanism,
              family: codebook.mechanisms[mechanism].family, domains: [0])
  }

  /// 成都–重庆 weight 4 (3 governance), 广元–泸州 1, 成都–广元 2, 泸州–重庆 1 (collaboration), 四川–重庆 1.
  static let agreements = [
    agreement("P1", 2012, [0, 1], 0), agreement("P2", 2015, [0, 1], 0), agreement("P3", 2018, [0, 1], 0),
    agreement("P4", 2019, [0, 1], 1), agreement("P5", 2016, [2, 3], 1), agreement("P6", 2016, [0, 2], 0),
    agreement("P7", 2017, [0, 2], 1), agreement("P8", 2020, [3, 1], 1), agreement("P9", 2014, [4, 1], 0),
  ]

  static let dataset = Dataset(cities: cities, agreements: agreements, policies: [], codebook: codebook)

  static var view: NetworkView { dataset.view(Filter()) }

  /// Node position of a city id in the fixture's view.
  static func node(_ id: String, in view: NetworkView = view) -> Int {
    view.nodeOf[dataset.cityIndex[CityID(id)]!]!
  }
}

import ChengyuCore

/// How data is named on screen: Chinese names, or pinyin in ASCII mode.
extension AppState {
  func name(_ city: City) -> String { asciiMode ? city.nameEn : city.nameZh }

  /// The province of a city, short ("四川省", or "Sichuan" in ASCII mode).
  func provinceName(_ city: City) -> String {
    guard let p = dataset.city(city.province) else { return city.province.rawValue }
    if !asciiMode { return p.nameZh }
    return p.nameEn.replacingSuffix(" Province").replacingSuffix(" Municipality")
  }

  /// The first line of a city or tie screen: the names (Chinese, then English, as
  /// "成都市 – 眉山市 · Chengdu – Meishan"), then `facts`. When that is wider than `width` the
  /// English names go, so the counts at the end stay readable at 80 columns.
  func subjectLine(_ cities: [City], separator: String, facts: String, width: Int) -> String {
    let names = cities.map(name).joined(separator: separator)
    let english = cities.map(\.nameEn).joined(separator: separator)
    let dot = asciiMode ? "-" : "·"
    let full = asciiMode ? names + facts : names + (cities.count > 1 ? " \(dot) " : " ") + english + facts
    return DisplayWidth.of(full) > width ? names + facts : full
  }

  func title(_ a: Agreement) -> String { asciiMode ? a.titleEn : a.titleZh }
  func title(_ p: Policy) -> String { asciiMode ? p.titleEn : p.titleZh }

  /// "G2 C5": how many of the agreements are governance and collaboration, by letter.
  func familyCounts(_ agreements: [Int]) -> String {
    let (g, c) = view.familyCounts(agreements)
    return [g > 0 ? "G\(g)" : nil, c > 0 ? "C\(c)" : nil].compactMap { $0 }.joined(separator: " ")
  }
}

extension String {
  func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}

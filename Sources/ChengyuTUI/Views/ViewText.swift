import ChengyuCore

/// How data is named on screen: Chinese names, or pinyin in ASCII mode.
extension AppState {
  /// In ASCII mode a government without an English name (imported from the gazetteer) shows
  /// its id, never an empty cell.
  func name(_ city: City) -> String {
    guard asciiMode else { return city.nameZh }
    return city.nameEn.isEmpty ? city.id.rawValue : city.nameEn
  }

  /// The province of a city, short ("四川省", or "Sichuan" in ASCII mode).
  func provinceName(_ city: City) -> String {
    guard let p = dataset.city(city.province) else { return city.province.rawValue }
    if !asciiMode { return p.nameZh }
    if p.nameEn.isEmpty { return p.id.rawValue }
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
    // Chinese keeps to Chinese on narrow screens; the pinyin comes back where there is room.
    let room = lang == .en || width >= 100
    return DisplayWidth.of(full) > width || !room ? names + facts : full
  }

  /// A measure column's header: the English label given, or in Chinese the measure table's short
  /// title (度数, 加权度, 中介 …), so a measure is named once.
  func measureHeader(_ key: TUIMsg, _ m: CityMeasureDescriptor) -> String { lang == .en ? t(key) : m.header(.zh) }

  /// A level in the drawn language: prefecture, 地级.
  func levelName(_ level: AdminLevel) -> String { level.name(lang) }

  /// Every item of a list joined by the language's separator (", " or "、").
  func listed(_ items: [String]) -> String { items.joined(separator: t(TUIMsg.listSeparator)) }

  /// A policy's `issuer_level` in the drawn language (central, 中央); an unknown value as it is.
  func issuerLevelName(_ raw: String) -> String {
    guard lang == .zh else { return raw }
    switch raw {
    case "central": return Msg.issuerCentral.text(.zh)
    case "provincial": return Msg.issuerProvincial.text(.zh)
    case "joint-provincial": return Msg.issuerJointProvincial.text(.zh)
    default: return raw
    }
  }

  func title(_ a: Agreement) -> String { asciiMode ? a.titleEn : a.titleZh }
  func title(_ p: Policy) -> String { asciiMode ? p.titleEn : p.titleZh }

  /// Width of a `familyCounts` column: the English width, two more in Chinese, whose letters
  /// 治 and 协 take two columns each ("治16 协34").
  func familyCountsWidth(_ english: Int) -> Int { lang == .en ? english : english + 2 }

  /// "G2 C5": how many of the agreements are governance and collaboration, by letter.
  func familyCounts<C: Collection<Int>>(_ agreements: C) -> String {
    let (g, c) = view.familyCounts(agreements)
    let (gl, cl) = (MechanismFamily.governance.letter(lang), MechanismFamily.collaboration.letter(lang))
    return [g > 0 ? "\(gl)\(g)" : nil, c > 0 ? "\(cl)\(c)" : nil].compactMap { $0 }.joined(separator: " ")
  }
}

extension String {
  func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}

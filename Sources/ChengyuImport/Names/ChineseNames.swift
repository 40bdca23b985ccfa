/// How Chinese government names are written in coding sheets: short forms (成都 for 成都市,
/// 凉山州 for 凉山彝族自治州), suffixes that change with status (潼南县 → 潼南区), and the
/// government as signatory (成都市人民政府).
enum ChineseNames {
  /// Suffixes of division names, longest first so 自治州 is tried before 州.
  static let suffixes = [
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "区", "县", "盟", "旗", "州",
  ]

  /// The 56 nationalities as they appear in the names of autonomous areas (维吾尔 without 族,
  /// as in 新疆维吾尔自治区).
  static let ethnicGroups = [
    "蒙古族", "回族", "藏族", "维吾尔族", "维吾尔", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
    "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族",
    "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
    "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族",
  ].sorted { $0.count > $1.count }

  /// What a signatory cell names once the government's own words are removed: surrounding
  /// spaces (ASCII and full-width), and 人民政府 / 政府 at the end (成都市人民政府 → 成都市).
  static func normalized(_ text: String) -> String {
    var s = Substring(trimmed(text))
    for tail in ["人民政府", "政府"] where s.hasSuffix(tail) && s.count > tail.count + 1 {
      s.removeLast(tail.count)
      break
    }
    return String(s)
  }

  /// The text without surrounding spaces (ASCII, full-width, tabs and line breaks).
  static func trimmed(_ text: String) -> String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    guard let first = text.firstIndex(where: { !blank($0) }) else { return "" }
    let last = text.lastIndex(where: { !blank($0) })!
    return String(text[first...last])
  }

  /// The other ways a name is written: without its suffix (成都市 → 成都), and for autonomous
  /// areas without the nationalities, alone and with the one-character suffix (阿坝藏族羌族自治州
  /// → 阿坝, 阿坝州). Stems shorter than two characters are left out (沙县 is not 沙).
  static func shortForms(_ name: String) -> [String] {
    guard let suffix = suffixes.first(where: { name.hasSuffix($0) && name.count > $0.count }) else { return [] }
    var stem = String(name.dropLast(suffix.count))
    var forms: [String] = []
    if suffix.hasPrefix("自治") {
      while let group = ethnicGroups.first(where: { stem.hasSuffix($0) && stem.count > $0.count + 1 }) {
        stem.removeLast(group.count)
      }
      if suffix != "自治区", stem.count >= 2 { forms.append(stem + String(suffix.last!)) }
    }
    if stem.count >= 2 { forms.insert(stem, at: 0) }
    return forms.filter { $0 != name }
  }
}

import ChengyuCore

/// Finds the record `chengyu show ID` means, or the ids closest to a mistyped one.
enum RecordLookup {
  enum Found {
    case city(Int)
    case agreement(Int)
    case policy(Int)
  }

  /// Exact id first; then the id ignoring ASCII case; then a city's exact Chinese or English
  /// name; then the only city whose Chinese name starts with the text (成都 → 成都市).
  static func find(_ text: String, in ds: Dataset) -> Found? {
    if let i = ds.cityIndex[CityID(text)] { return .city(i) }
    if let i = ds.agreements.firstIndex(where: { $0.id == text }) { return .agreement(i) }
    if let i = ds.policies.firstIndex(where: { $0.id == text }) { return .policy(i) }
    let folded = TextMatch.fold(text)
    if let i = ds.cities.firstIndex(where: { TextMatch.fold($0.id.rawValue) == folded }) { return .city(i) }
    if let i = ds.agreements.firstIndex(where: { TextMatch.fold($0.id) == folded }) { return .agreement(i) }
    if let i = ds.policies.firstIndex(where: { TextMatch.fold($0.id) == folded }) { return .policy(i) }
    if let i = ds.cities.firstIndex(where: { $0.nameZh == text || TextMatch.fold($0.nameEn) == folded }) {
      return .city(i)
    }
    let prefixed = ds.cities.indices.filter { !text.isEmpty && ds.cities[$0].nameZh.hasPrefix(text) }
    return prefixed.count == 1 ? .city(prefixed[0]) : nil
  }

  /// The cities `text` names by their exact Chinese or English name when it is no record's id:
  /// more than one means the name is ambiguous (two 市中区 under different cities).
  static func citiesNamed(_ text: String, in ds: Dataset) -> [Int] {
    let folded = TextMatch.fold(text)
    let isID = ds.cities.contains { TextMatch.fold($0.id.rawValue) == folded }
      || ds.agreements.contains { TextMatch.fold($0.id) == folded } || ds.policies.contains { TextMatch.fold($0.id) == folded }
    if isID { return [] }
    return ds.cities.indices.filter { ds.cities[$0].nameZh == text || TextMatch.fold(ds.cities[$0].nameEn) == folded }
  }

  /// Up to `limit` ids close to `text`: cities whose names contain it, then ids by edit distance.
  static func suggestions(for text: String, in ds: Dataset, limit: Int = 5) -> [String] {
    let folded = TextMatch.fold(text)
    var result: [String] = []
    if !folded.isEmpty {
      for c in ds.cities where c.matches(folded: folded) && !result.contains(c.id.rawValue) {
        result.append(c.id.rawValue)
      }
    }
    let ids = ds.cities.map(\.id.rawValue) + ds.agreements.map(\.id) + ds.policies.map(\.id)
    let budget = max(2, folded.count / 3)
    // The distance is at least the difference in length: skip those without computing it, so a
    // 100,000-character id typed by mistake does not run for minutes.
    let length = folded.count
    let close: [String] = ids.filter { id in abs(id.count - length) <= budget }
    let near: [(String, Int)] = close.map { id in (id, editDistance(folded, TextMatch.fold(id))) }
      .filter { $0.1 <= budget }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    for (id, _) in near where !result.contains(id) { result.append(id) }
    return Array(result.prefix(limit))
  }

  /// Levenshtein distance over characters (ids are short, so the quadratic table is fine).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let (x, y) = (Array(a), Array(b))
    if x.isEmpty { return y.count }
    var previous = Array(0...y.count)
    for i in 1...x.count {
      var current = [i] + [Int](repeating: 0, count: y.count)
      for j in stride(from: 1, through: y.count, by: 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[y.count]
  }
}

/// What a coding sheet says besides a name that can tell equal names apart: the row's province
/// and parent columns (e.g. 省份 = 四川, 上级 = 内江).
public struct NameContext: Sendable, Hashable {
  public var province: String
  public var parent: String
  public init(province: String = "", parent: String = "") {
    self.province = province
    self.parent = parent
  }
}

/// The outcome of resolving one name.
public enum NameResolution: Sendable, Equatable {
  /// One place; `note` says how the name was read when that is worth checking (a former name,
  /// another suffix: 潼南县 → 潼南区), nil for the name itself or a short form (成都).
  case found(Int, note: String?)
  /// Several places carry the name and nothing in the sheet decides.
  case ambiguous([Int])
  /// No place carries it; the closest names, best first.
  case unknown(suggestions: [Int])
}

extension PlaceDirectory {
  /// How a name was matched: as written, as a short form or with another suffix, or as a
  /// qualified name (内江市市中区).
  enum Match { case exact, short, qualified }

  /// Resolves a government name as a coding sheet writes it.
  ///
  /// In order: the full name (current, former, or a gazetteer name the government stands for);
  /// else a short form or the name with another suffix (成都, 潼南县, 凉山州); else a name
  /// qualified by its parent (内江市市中区, 四川省内江市市中区). When several places match, the
  /// row's context decides; a short name that matches a unit and units inside it means the
  /// larger one (广安 is 广安市, not its 广安区), as in common usage.
  public func resolve(_ text: String, context: NameContext = NameContext()) -> NameResolution {
    let query = ChineseNames.normalized(text)
    guard !query.isEmpty else { return .unknown(suggestions: []) }
    var (found, match) = candidates(query)
    if found.count > 1 { found = narrowed(found, by: context) }
    if found.count > 1, match == .short,
      let outer = found.first(where: { o in found.allSatisfy { $0 == o || ancestors($0).contains(o) } })
    {
      found = [outer]
    }
    switch found.count {
    case 0: return .unknown(suggestions: suggestions(query))
    case 1: return .found(found[0], note: note(query, found[0], match))
    default: return .ambiguous(found)
    }
  }

  /// Places matching a query, with how they matched (the first kind that matches at all).
  func candidates(_ query: String, depth: Int = 0) -> (places: [Int], match: Match) {
    if let places = exact[query] { return (places, .exact) }
    let loose = simple(query)
    if !loose.isEmpty { return (loose, .short) }
    return (qualified(query, depth: depth), .qualified)
  }

  /// Short forms and other suffixes: the query, or its stem, as a short form of a name.
  private func simple(_ query: String) -> [Int] {
    var result: [Int] = []
    for key in [query] + ChineseNames.shortForms(query) {
      for p in (short[key] ?? []) + (exact[key] ?? []) where !result.contains(p) { result.append(p) }
    }
    return result
  }

  /// A name written after its parent's (内江市市中区): every split into a name and the rest, kept
  /// when the rest names a place inside the first. At most three levels deep (province, city,
  /// county), which also bounds the work on long unknown text.
  private func qualified(_ query: String, depth: Int) -> [Int] {
    let chars = Array(query)
    guard depth < 2, chars.count >= 4 else { return [] }
    var result: [Int] = []
    for k in 2...(chars.count - 2) {
      let outer = exact[String(chars[..<k])] ?? simple(String(chars[..<k]))
      guard !outer.isEmpty else { continue }
      for inner in candidates(String(chars[k...]), depth: depth + 1).places
      where !result.contains(inner) && ancestors(inner).contains(where: outer.contains) {
        result.append(inner)
      }
    }
    return result
  }

  /// The candidates the row's province and parent columns allow (all of them when the context
  /// allows none, so the message still lists every candidate).
  private func narrowed(_ found: [Int], by context: NameContext) -> [Int] {
    var kept = found
    let province = ChineseNames.normalized(context.province)
    if !province.isEmpty {
      let provinces = Set(candidates(province).places.filter { places[$0].level == .province })
      let k = kept.filter { provinces.contains(places[$0].province) }
      if !k.isEmpty { kept = k }
    }
    let parent = ChineseNames.normalized(context.parent)
    if !parent.isEmpty {
      let parents = Set(candidates(parent).places)
      let k = kept.filter { ancestors($0).contains(where: parents.contains) }
      if !k.isEmpty { kept = k }
    }
    return kept
  }

  /// A note when the name read is not the place's current name or a short form of it.
  private func note(_ query: String, _ place: Int, _ match: Match) -> String? {
    let p = places[place]
    let plain: Bool
    switch match {
    case .exact: plain = query == p.name
    case .short: plain = ChineseNames.shortForms(p.name).contains(query)
    case .qualified: plain = true
    }
    return plain ? nil : "\(query) read as \(p.name) (\(p.id))"
  }
}

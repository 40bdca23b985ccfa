import ChengyuCore

/// `chengyu list cities`: governments with their ties (degree) and strength in the view.
///
/// Rows: the nodes of the filtered network; when the filter sets no agreement condition (family,
/// mechanism, domain, years, text, cross-border) also the governments in scope without ties, so
/// the unfiltered list has every record of cities.csv (at `signed` aggregation). `names` keeps
/// the rows every search word names (`--text`, as the explorer's Cities search).
enum CityListing {
  static let sortKeys = ["strength", "ties", "id", "name", "level", "province"]

  static func make(_ view: NetworkView, sort: String, names: RecordMatch, language lang: Language) -> Listing {
    let ds = view.dataset
    let f = view.filter
    var members = Set(view.graph.nodes)
    if !f.hasAgreementConditions { members.formUnion(ds.citiesInScope(f)) }
    let total = members.count
    if !names.isEmpty { members = members.filter { names.names(city: $0) } }
    let degree: (Int) -> Int = { view.nodeOf[$0].map(view.graph.degree) ?? 0 }
    let strength: (Int) -> Int = { view.nodeOf[$0].map(view.graph.strength) ?? 0 }
    let byID: (Int, Int) -> Bool = { ds.cities[$0].id < ds.cities[$1].id }
    let order: [Int] = members.sorted { l, r in
      let (a, b) = (ds.cities[l], ds.cities[r])
      switch sort {
      case "ties": return degree(l) != degree(r) ? degree(l) > degree(r) : byID(l, r)
      case "id": return byID(l, r)
      case "name": return a.nameEn != b.nameEn ? a.nameEn < b.nameEn : byID(l, r)
      case "level": return a.level != b.level ? a.level < b.level : byID(l, r)
      case "province": return a.province != b.province ? a.province < b.province : byID(l, r)
      default: return strength(l) != strength(r) ? strength(l) > strength(r) : byID(l, r)
      }
    }
    let h = { (m: CLIMsg) in m.text(lang) }
    let columns: [Listing.Column] = [
      .init(key: "id", header: h(.headerID)),
      .init(key: "name_zh", header: h(.headerNameZh)),
      .init(key: "name_en", header: h(.headerName), maxWidth: 28),
      .init(key: "province", header: h(.headerProvince)),
      .init(key: "level", header: h(.headerLevel)),
      .init(key: "in_region", header: h(.headerRegion)),
      .init(key: "ties", header: h(.headerTies), alignRight: true),
      .init(key: "strength", header: h(.headerStrength), alignRight: true),
    ]
    let rows: [[Listing.Cell]] = order.map { i in
      let c = ds.cities[i]
      return [
        .string(c.id.rawValue), .string(c.nameZh), .string(c.nameEn), .string(c.province.rawValue),
        Listing.Cell(text: c.level.name(lang), json: .string(c.level.rawValue), csv: c.level.rawValue),
        Listing.Cell(text: (c.inRegion ? Msg.yes : Msg.no).text(lang), json: .bool(c.inRegion), csv: c.inRegion ? "yes" : "no"),
        .int(degree(i)), .int(strength(i)),
      ]
    }
    return Listing(columns: columns, rows: rows, total: total, noun: .nodes(f.aggregation))
  }
}


import ChengyuCore

/// `chengyu list cities`: governments with their ties (degree) and strength in the view.
///
/// Rows: the nodes of the filtered network; when the filter sets no agreement condition (family,
/// mechanism, domain, years, text, cross-border) also the governments in scope without ties, so
/// the unfiltered list has every record of cities.csv (at `signed` aggregation).
enum CityListing {
  static let sortKeys = ["strength", "ties", "id", "name", "level", "province"]

  static func make(_ view: NetworkView, sort: String) -> Listing {
    let ds = view.dataset
    let f = view.filter
    var members = Set(view.graph.nodes)
    if !f.hasAgreementConditions { members.formUnion(ds.citiesInScope(f)) }
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
    let columns: [Listing.Column] = [
      .init(key: "id", header: "id"),
      .init(key: "name_zh", header: "中文名"),
      .init(key: "name_en", header: "name", maxWidth: 28),
      .init(key: "province", header: "province"),
      .init(key: "level", header: "level"),
      .init(key: "in_region", header: "region"),
      .init(key: "ties", header: "ties", alignRight: true),
      .init(key: "strength", header: "strength", alignRight: true),
    ]
    let rows: [[Listing.Cell]] = order.map { i in
      let c = ds.cities[i]
      return [
        .string(c.id.rawValue), .string(c.nameZh), .string(c.nameEn), .string(c.province.rawValue),
        .string(c.level.rawValue), Listing.Cell(text: c.inRegion ? "yes" : "no", json: .bool(c.inRegion)),
        .int(degree(i)), .int(strength(i)),
      ]
    }
    return Listing(columns: columns, rows: rows)
  }
}


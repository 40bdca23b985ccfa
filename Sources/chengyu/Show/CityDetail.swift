import ChengyuCore

/// `chengyu show CITY`: the government, its partners (heaviest first) and its agreements in the
/// filtered view. At `city` or `province` aggregation the partners are those of the unit the
/// government rolls up to.
struct CityDetail {
  let view: NetworkView
  let city: Int
  /// The node the city counts as, or nil when it has no tie in the view.
  let node: Int?

  init(view: NetworkView, city: Int) {
    self.view = view
    self.city = city
    node = view.nodeOf[view.dataset.rollUpMap(view.filter.aggregation)[city]]
  }

  private var ds: Dataset { view.dataset }
  private var partners: [(tie: Int, partner: Int)] { node.map(view.ties(of:)) ?? [] }
  private var agreements: [Int] { node.map(view.agreements(of:)) ?? [] }

  private func familyCounts(_ tie: Int) -> (governance: Int, collaboration: Int) {
    view.familyCounts(of: view.graph.ties[tie])
  }

  func json() -> JSONValue {
    .object([
      ("kind", .string("city")),
      ("city", RecordJSON.city(ds.cities[city])),
      ("node", node.map { .string(view.city(node: $0).id.rawValue) } ?? .null),
      ("filter", FilterSummary.json(view.filter)),
      ("partners", .array(partners.map { p in
        let t = view.graph.ties[p.tie]
        let c = view.city(node: p.partner)
        let (g, col) = familyCounts(p.tie)
        return .object([
          ("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)), ("name_en", .string(c.nameEn)),
          ("weight", .int(t.weight)), ("governance", .int(g)), ("collaboration", .int(col)),
          ("agreements", RecordJSON.strings(t.agreements.map { ds.agreements[$0].id })),
        ])
      })),
      ("agreements", .array(agreements.map { RecordJSON.agreementSummary(ds.agreements[$0], in: ds) })),
    ])
  }

  func text() -> String {
    let c = ds.cities[city]
    let provinceName = ds.city(c.province).map { " \($0.nameZh)" } ?? ""
    var out = TableFormatter.cell("\(c.id)  \(c.nameZh)  \(c.nameEn)", cap: nil) + "\n"
    out += KeyValueBlock.render([
      ("level", "\(c.level.rawValue) \(c.level.nameZh)"),
      ("province", c.province.rawValue + provinceName),
      ("parent", c.parent?.rawValue ?? ""),
      ("in region", (c.inRegion ? "yes" : "no") + (c.plan2016.isEmpty ? "" : " (plan 2016: \(c.plan2016))")),
      ("adcode", c.adcode),
      ("former names", c.formerNames.joined(separator: "; ")),
      ("status changes", c.statusChanges),
      ("source", c.source),
      ("filter", FilterSummary.text(view.filter) + ", aggregation \(view.filter.aggregation.rawValue)"),
    ])
    if let node, view.graph.nodes[node] != city {
      out += "  counted as \(view.city(node: node).id) at \(view.filter.aggregation.rawValue) level\n"
    }
    out += "\npartners (\(partners.count), heaviest first)\n"
    let partnerTable = TableFormatter(columns: [
      .init(header: "weight", alignRight: true), .init(header: "G", alignRight: true),
      .init(header: "C", alignRight: true), .init(header: "id"), .init(header: "中文名"),
      .init(header: "name", maxWidth: 28),
    ], indent: "  ")
    out += partnerTable.render(partners.map { p in
      let t = view.graph.ties[p.tie]
      let pc = view.city(node: p.partner)
      let (g, col) = familyCounts(p.tie)
      return ["\(t.weight)", "\(g)", "\(col)", pc.id.rawValue, pc.nameZh, pc.nameEn]
    })
    out += "\nagreements (\(agreements.count), by date)\n"
    out += AgreementRows.table(agreements, in: ds)
    return out
  }
}

/// The short agreement table used under a city.
enum AgreementRows {
  static func table(_ indices: [Int], in ds: Dataset) -> String {
    let t = TableFormatter(columns: [
      .init(header: "id"), .init(header: "date"), .init(header: "mechanism"),
      .init(header: "title", maxWidth: 50),
    ], indent: "  ")
    return t.render(indices.map { i in
      let a = ds.agreements[i]
      return [a.id, a.date.description, "\(a.family.letter) \(ds.mechanism(of: a).id)", a.titleZh]
    })
  }
}

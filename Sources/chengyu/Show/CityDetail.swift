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
          ("agreements", RecordJSON.strings(t.agreements.map { ds.agreements.id($0) })),
        ])
      })),
      ("agreements", .array(agreements.map { RecordJSON.agreementSummary(ds.agreements[$0], in: ds) })),
    ])
  }

  func text(_ lang: Language) -> String {
    let c = ds.cities[city]
    let l = { (m: CLIMsg) in m.text(lang) }
    let provinceName = ds.city(c.province).map { " \($0.nameZh)" } ?? ""
    let inRegion = (c.inRegion ? Msg.yes : Msg.no).text(lang)
    var out = TableFormatter.cell("\(c.id)  \(c.nameZh)  \(c.nameEn)", cap: nil) + "\n"
    out += KeyValueBlock.render([
      (l(.labelLevel), lang == .en ? "\(c.level.rawValue) \(c.level.nameZh)" : c.level.nameZh),
      (l(.labelProvince), c.province.rawValue + provinceName),
      (l(.labelParent), c.parent?.rawValue ?? ""),
      (l(.labelInRegion), c.plan2016.isEmpty ? inRegion : CLIMsg.valuePlan2016.text(lang, inRegion, c.plan2016)),
      (l(.labelAdcode), c.adcode),
      (l(.labelFormerNames), c.formerNames.joined(separator: "; ")),
      (l(.labelStatusChanges), c.statusChanges),
      (l(.labelSource), c.source),
      (l(.labelFilter), FilterText.of(view.filter, lang) + ", " + l(.labelAggregation) + " " + view.filter.aggregation.name(lang)),
    ])
    if let node, view.graph.nodes[node] != city {
      out += "  " + CLIMsg.noteCountedAs.text(lang, view.city(node: node).id, view.filter.aggregation.name(lang)) + "\n"
    }
    out += "\n" + CLIMsg.sectionPartners.text(lang, partners.count) + "\n"
    let partnerTable = TableFormatter(columns: [
      .init(header: l(.headerWeight), alignRight: true),
      .init(header: MechanismFamily.governance.letter(lang), alignRight: true),
      .init(header: MechanismFamily.collaboration.letter(lang), alignRight: true), .init(header: l(.headerID)),
      .init(header: l(.headerNameZh)), .init(header: l(.headerName), maxWidth: 28),
    ], indent: "  ")
    out += partnerTable.render(partners.map { p in
      let t = view.graph.ties[p.tie]
      let pc = view.city(node: p.partner)
      let (g, col) = familyCounts(p.tie)
      return ["\(t.weight)", "\(g)", "\(col)", pc.id.rawValue, pc.nameZh, pc.nameEn]
    })
    out += "\n" + CLIMsg.sectionAgreements.text(lang, agreements.count) + "\n"
    out += AgreementRows.table(agreements, in: ds, language: lang)
    return out
  }
}

/// The short agreement table used under a city and a tie.
enum AgreementRows {
  static func table(_ indices: [Int], in ds: Dataset, language lang: Language) -> String {
    let t = TableFormatter(columns: [
      .init(header: CLIMsg.headerID.text(lang)), .init(header: CLIMsg.headerDate.text(lang)),
      .init(header: CLIMsg.headerMechanism.text(lang)), .init(header: CLIMsg.headerTitle.text(lang), maxWidth: 50),
    ], indent: "  ")
    return t.render(indices.map { i in
      let a = ds.agreements[i]
      let m = ds.mechanism(of: a)
      return [a.id, a.date.description, "\(a.family.letter(lang)) \(lang == .en ? m.id : m.nameZh)", a.titleZh]
    })
  }
}

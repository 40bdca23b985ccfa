import ChengyuCore

/// `chengyu list ties`: the ties of the filtered network, heaviest first by default. `names` keeps
/// the ties of which every search word names an end (`--text`, as the explorer's Ties search).
enum TieListing {
  static let sortKeys = ["weight", "governance", "collaboration", "id"]

  static func make(_ view: NetworkView, sort: String, names: RecordMatch, language lang: Language) -> Listing {
    let ds = view.dataset
    let g = view.graph
    let familyCounts = g.ties.map { view.familyCounts(of: $0) }
    let ends: (Int) -> String = { view.city(node: g.ties[$0].a).id.rawValue + "\u{0}" + view.city(node: g.ties[$0].b).id.rawValue }
    var order = view.tiesByWeight()  // weight, then ends: also the tie-break for other keys
    switch sort {
    case "governance": order = Listing.reorder(order) { -familyCounts[$0].governance }
    case "collaboration": order = Listing.reorder(order) { -familyCounts[$0].collaboration }
    case "id": order = Listing.reorder(order) { ends($0) }
    default: break
    }
    let total = order.count
    if !names.isEmpty { order = order.filter { names.names(g.nodes[g.ties[$0].a], or: g.nodes[g.ties[$0].b]) } }
    let h = { (m: CLIMsg) in m.text(lang) }
    let columns: [Listing.Column] = [
      .init(key: "a", header: h(.headerTieA)),
      .init(key: "a_zh", header: h(.headerNameZh)),
      .init(key: "b", header: h(.headerTieB)),
      .init(key: "b_zh", header: h(.headerNameZh)),
      .init(key: "weight", header: h(.headerWeight), alignRight: true),
      .init(key: "governance", header: MechanismFamily.governance.letter(lang), alignRight: true),
      .init(key: "collaboration", header: MechanismFamily.collaboration.letter(lang), alignRight: true),
      .init(key: "mechanisms", header: h(.headerMechanisms)),
      .init(key: "agreements", header: "agreements", visibility: .machineOnly),
      .init(key: "value", header: "value", visibility: .machineOnly),
    ]
    let rows: [[Listing.Cell]] = order.map { ti in
      let t = g.ties[ti]
      let (a, b) = (view.city(node: t.a), view.city(node: t.b))
      var seen = Set<Int>()
      let mechanisms = t.agreements.map { ds.agreements.mechanism($0) }.filter { seen.insert($0).inserted }.sorted()
      let labels = MechanismFamily.allCases.compactMap { fam -> String? in
        let ids = mechanisms.filter { ds.codebook.mechanisms[$0].family == fam }
        if ids.isEmpty { return nil }
        return "\(fam.letter(lang)):" + ids.map { initials(ds.codebook.mechanisms[$0].id) }.joined(separator: ",")
      }
      return [
        .string(a.id.rawValue), .string(a.nameZh), .string(b.id.rawValue), .string(b.nameZh),
        .int(t.weight), .int(familyCounts[ti].governance), .int(familyCounts[ti].collaboration),
        Listing.Cell(
          text: labels.joined(separator: " "),
          json: .array(mechanisms.map { .string(ds.codebook.mechanisms[$0].id) }),
          csv: mechanisms.map { ds.codebook.mechanisms[$0].id }.joined(separator: ";")),
        .list(t.agreements.map { ds.agreements.id($0) }),
        // The weight that weighted measures read: the count, or the --weighting newman sum.
        Listing.Cell(text: "\(t.value)", json: .double(t.value)),
      ]
    }
    return Listing(columns: columns, rows: rows, total: total, noun: .ties)
  }

  /// Short table label of a mechanism id: the initials of its words (`joint-conference` → `jc`).
  /// Only for display; CSV and JSON carry the full ids.
  static func initials(_ id: String) -> String {
    String(id.split(separator: "-").compactMap(\.first))
  }
}

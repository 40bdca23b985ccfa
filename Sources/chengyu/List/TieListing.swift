import ChengyuCore

/// `chengyu list ties`: the ties of the filtered network, heaviest first by default.
enum TieListing {
  static let sortKeys = ["weight", "governance", "collaboration", "id"]

  static func make(_ view: NetworkView, sort: String) -> Listing {
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
    let columns: [Listing.Column] = [
      .init(key: "a", header: "a"),
      .init(key: "a_zh", header: "中文名"),
      .init(key: "b", header: "b"),
      .init(key: "b_zh", header: "中文名"),
      .init(key: "weight", header: "weight", alignRight: true),
      .init(key: "governance", header: "G", alignRight: true),
      .init(key: "collaboration", header: "C", alignRight: true),
      .init(key: "mechanisms", header: "mechanisms"),
      .init(key: "agreements", header: "agreements", visibility: .machineOnly),
      .init(key: "value", header: "value", visibility: .machineOnly),
    ]
    let rows: [[Listing.Cell]] = order.map { ti in
      let t = g.ties[ti]
      let (a, b) = (view.city(node: t.a), view.city(node: t.b))
      var seen = Set<Int>()
      let mechanisms = t.agreements.map { ds.agreements[$0].mechanism }.filter { seen.insert($0).inserted }.sorted()
      let labels = MechanismFamily.allCases.compactMap { fam -> String? in
        let ids = mechanisms.filter { ds.codebook.mechanisms[$0].family == fam }
        if ids.isEmpty { return nil }
        return "\(fam.letter):" + ids.map { initials(ds.codebook.mechanisms[$0].id) }.joined(separator: ",")
      }
      return [
        .string(a.id.rawValue), .string(a.nameZh), .string(b.id.rawValue), .string(b.nameZh),
        .int(t.weight), .int(familyCounts[ti].governance), .int(familyCounts[ti].collaboration),
        Listing.Cell(
          text: labels.joined(separator: " "),
          json: .array(mechanisms.map { .string(ds.codebook.mechanisms[$0].id) }),
          csv: mechanisms.map { ds.codebook.mechanisms[$0].id }.joined(separator: ";")),
        .list(t.agreements.map { ds.agreements[$0].id }),
        // The weight that weighted measures read: the count, or the --weighting newman sum.
        Listing.Cell(text: "\(t.value)", json: .double(t.value)),
      ]
    }
    return Listing(columns: columns, rows: rows)
  }

  /// Short table label of a mechanism id: the initials of its words (`joint-conference` → `jc`).
  /// Only for display; CSV and JSON carry the full ids.
  static func initials(_ id: String) -> String {
    String(id.split(separator: "-").compactMap(\.first))
  }
}

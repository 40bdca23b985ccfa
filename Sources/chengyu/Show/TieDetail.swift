import ChengyuCore

/// `chengyu show A B`: the agreements behind the tie of two governments in the filtered view,
/// at its aggregation level (so `show 成都 重庆 --aggregate city` counts the districts too).
struct TieDetail {
  let view: NetworkView
  /// The two governments as given (indices into the dataset's cities).
  let a: Int, b: Int
  /// The units they count as at the view's level.
  let unitA: Int, unitB: Int
  /// The agreements behind their tie, by date (empty when they have no tie in the view).
  let agreements: [Int]

  init(view: NetworkView, a: Int, b: Int) {
    self.view = view
    self.a = a
    self.b = b
    let rollUp = view.dataset.rollUpMap(view.filter.aggregation)
    unitA = rollUp[a]
    unitB = rollUp[b]
    let ds = view.dataset
    if let u = view.nodeOf[unitA], let v = view.nodeOf[unitB], u != v, let t = view.graph.tie(between: u, and: v) {
      agreements = view.graph.ties[t].agreements.sorted {
        ds.agreements.precedes($0, $1)
      }
    } else {
      agreements = []
    }
  }

  /// The unit both governments count as, when they are the same node (no tie is possible).
  var sharedNode: Int? { unitA == unitB ? unitA : nil }

  private var ds: Dataset { view.dataset }

  func json() -> JSONValue {
    let (g, c) = view.familyCounts(agreements)
    return .object([
      ("kind", .string("tie")),
      ("a", RecordJSON.cityRef(ds.cities[a])),
      ("b", RecordJSON.cityRef(ds.cities[b])),
      ("node_a", .string(ds.cities[unitA].id.rawValue)),
      ("node_b", .string(ds.cities[unitB].id.rawValue)),
      ("filter", FilterSummary.json(view.filter)),
      ("weight", .int(agreements.count)),
      ("governance", .int(g)),
      ("collaboration", .int(c)),
      ("agreements", .array(agreements.map { RecordJSON.agreementSummary(ds.agreements[$0], in: ds) })),
    ])
  }

  func text(_ lang: Language) -> String {
    let (ca, cb) = (ds.cities[a], ds.cities[b])
    var out = TableFormatter.cell("\(ca.id) \(ca.nameZh) — \(cb.id) \(cb.nameZh)", cap: nil) + "\n"
    let (g, c) = view.familyCounts(agreements)
    let level = view.filter.aggregation
    var pairs: [(String, String)] = [
      (CLIMsg.labelAggregation.text(lang), "\(level.rawValue) \(level.name(.zh))"),
      (CLIMsg.headerWeight.text(lang), "\(agreements.count)"),
      (MechanismFamily.governance.name(lang), "\(g)"),
      (MechanismFamily.collaboration.name(lang), "\(c)"),
      (CLIMsg.labelFilter.text(lang), FilterText.of(view.filter, lang)),
    ]
    for (given, unit) in [(a, unitA), (b, unitB)] where given != unit {
      pairs.append((CLIMsg.labelCountedAs.text(lang), "\(ds.cities[given].id) → \(ds.cities[unit].id) \(ds.cities[unit].nameZh)"))
    }
    out += KeyValueBlock.render(pairs)
    out += "\n" + CLIMsg.sectionAgreements.text(lang, agreements.count) + "\n"
    if !agreements.isEmpty { out += AgreementRows.table(agreements, in: ds, language: lang) }
    return out
  }
}

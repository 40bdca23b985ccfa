import ArgumentParser
import ChengyuCore

/// `chengyu show CITY --ego`: a city's ego network in the filtered view — its partners (alters),
/// the ties among them, density and brokerage (definitions in docs/measures.md).
struct EgoReport {
  let view: NetworkView
  let city: Int
  /// The node the city counts as at the view's aggregation level; nil without a tie.
  let node: Int?
  let ego: EgoNetwork?

  init(view: NetworkView, city: Int) {
    self.view = view
    self.city = city
    node = view.nodeOf[view.dataset.rollUpMap(view.filter.aggregation)[city]]
    ego = node.map(view.graph.egoNetwork)
  }

  /// The view restricted to the ego network of the city named `id` (`export --ego`); a usage
  /// error (64) naming the problem when `id` is no city or the city has no tie in the view.
  static func view(_ id: String, of view: NetworkView) throws -> NetworkView {
    let usage = { (message: String) -> ExitCode in
      Diagnostics.printError(message)
      return ExitCode(64)
    }
    guard case .city(let i)? = RecordLookup.find(id, in: view.dataset) else {
      throw usage("--ego needs a city id, got '\(TextSanitizer.clean(id))' (see: chengyu list cities)")
    }
    guard let node = EgoReport(view: view, city: i).node else {
      throw usage("\(view.dataset.cities[i].id) has no tie in this view, so it has no ego network")
    }
    return view.egoView(of: node)
  }

  /// Alters by tie weight (heaviest first, then id) with their ties to other alters.
  private var alters: [(node: Int, weight: Int, tiesToAlters: Int)] {
    guard let node, let ego else { return [] }
    var count = [Int: Int]()
    for t in ego.alterTies {
      count[view.graph.ties[t].a, default: 0] += 1
      count[view.graph.ties[t].b, default: 0] += 1
    }
    return view.ties(of: node).map { ($0.partner, view.graph.ties[$0.tie].weight, count[$0.partner] ?? 0) }
  }

  /// Ties among the alters, heaviest first, then by the ids of their ends.
  private var alterTies: [Tie] {
    let set = Set(ego?.alterTies ?? [])
    return view.tiesByWeight().filter(set.contains).map { view.graph.ties[$0] }
  }

  private func id(_ node: Int) -> String { view.city(node: node).id.rawValue }

  private func cityJSON(_ node: Int) -> [(String, JSONValue)] {
    let c = view.city(node: node)
    return [("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)), ("name_en", .string(c.nameEn))]
  }

  func json() -> JSONValue {
    let optional = { (x: Double?) in x.map(JSONValue.double) ?? .null }
    return .object([
      ("kind", .string("ego")),
      ("city", RecordJSON.city(view.dataset.cities[city])),
      ("node", node.map { .string(id($0)) } ?? .null),
      ("filter", FilterSummary.json(view.filter)),
      ("size", .int(ego?.size ?? 0)), ("ties", .int(ego?.ties ?? 0)), ("pairs", .int(ego?.pairs ?? 0)),
      ("density", optional(ego?.density)), ("brokerage", .int(ego?.brokerage ?? 0)),
      ("normalized_brokerage", optional(ego?.normalizedBrokerage)),
      ("alters", .array(alters.map { a in
        .object(cityJSON(a.node) + [("weight", .int(a.weight)), ("ties_to_alters", .int(a.tiesToAlters))])
      })),
      ("alter_ties", .array(alterTies.map { t in
        .object([("a", .string(id(t.a))), ("b", .string(id(t.b))), ("weight", .int(t.weight))])
      })),
    ])
  }

  func text(_ lang: Language = .en) -> String {
    let c = view.dataset.cities[city]
    var out = TableFormatter.cell(CLIReportMsg.egoTitle.text(lang, c.id, c.nameZh, c.nameEn), cap: nil) + "\n"
    if let node, view.graph.nodes[node] != city {
      out += "  " + CLIMsg.noteCountedAs.text(lang, id(node), view.filter.aggregation.name(lang)) + "\n"
    }
    let f = { (x: Double?) in x.map { NumberFormat.fixed($0, digits: 4) } ?? "-" }
    out += KeyValueBlock.render([
      (CLIMsg.labelFilter.text(lang),
       CLIReportMsg.egoFilter.text(lang, FilterText.of(view.filter, lang), view.filter.aggregation.name(lang))),
      (CLIReportMsg.labelSize.text(lang), CLIReportMsg.egoSize.text(lang, ego?.size ?? 0)),
      (CLIReportMsg.labelTies.text(lang), CLIReportMsg.egoTies.text(lang, ego?.ties ?? 0, ego?.pairs ?? 0)),
      (CLIReportMsg.labelDensity.text(lang), f(ego?.density)),
      (CLIReportMsg.labelBrokerage.text(lang), CLIReportMsg.egoBrokerage.text(lang, ego?.brokerage ?? 0, f(ego?.normalizedBrokerage))),
    ])
    guard node != nil else { return out + "\n" + CLIReportMsg.egoEmpty.text(lang) + "\n" }
    out += "\n" + CLIReportMsg.egoAlters.text(lang, alters.count) + "\n"
    out += TableFormatter(columns: [
      .init(header: CLIMsg.headerWeight.text(lang), alignRight: true),
      .init(header: CLIReportMsg.headerTiesToAlters.text(lang), alignRight: true),
      .init(header: CLIMsg.headerID.text(lang)), .init(header: CLIMsg.headerNameZh.text(lang)),
    ], indent: "  ").render(alters.map { ["\($0.weight)", "\($0.tiesToAlters)", id($0.node), view.city(node: $0.node).nameZh] })
    out += "\n" + CLIReportMsg.egoAlterTies.text(lang, alterTies.count) + "\n"
    out += TableFormatter(
      columns: [.init(header: CLIMsg.headerWeight.text(lang), alignRight: true), .init(header: CLIReportMsg.headerTie.text(lang))],
      indent: "  "
    ).render(alterTies.map { t in
      ["\(t.weight)", "\(id(t.a)) \(view.city(node: t.a).nameZh) — \(id(t.b)) \(view.city(node: t.b).nameZh)"]
    })
    return out
  }
}

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

  func text() -> String {
    let c = view.dataset.cities[city]
    var out = TableFormatter.cell("ego network of \(c.id)  \(c.nameZh)  \(c.nameEn)", cap: nil) + "\n"
    if let node, view.graph.nodes[node] != city {
      out += "  counted as \(id(node)) at \(view.filter.aggregation.rawValue) level\n"
    }
    let f = { (x: Double?) in x.map { NumberFormat.fixed($0, digits: 4) } ?? "-" }
    out += KeyValueBlock.render([
      ("filter", FilterSummary.text(view.filter) + ", aggregation \(view.filter.aggregation.rawValue)"),
      ("size", "\(ego?.size ?? 0) partners (alters)"),
      ("ties", "\(ego?.ties ?? 0) among the alters, of \(ego?.pairs ?? 0) pairs"),
      ("density", f(ego?.density)),
      ("brokerage", "\(ego?.brokerage ?? 0) pairs of alters not tied (\(f(ego?.normalizedBrokerage)) of pairs)"),
    ])
    guard node != nil else { return out + "\nno tie in this view: the ego network is empty\n" }
    out += "\nalters (\(alters.count), heaviest tie first)\n"
    out += TableFormatter(columns: [
      .init(header: "weight", alignRight: true), .init(header: "ties to alters", alignRight: true),
      .init(header: "id"), .init(header: "中文名"),
    ], indent: "  ").render(alters.map { ["\($0.weight)", "\($0.tiesToAlters)", id($0.node), view.city(node: $0.node).nameZh] })
    out += "\nties among alters (\(alterTies.count), heaviest first)\n"
    out += TableFormatter(columns: [.init(header: "weight", alignRight: true), .init(header: "tie")], indent: "  ")
      .render(alterTies.map { t in
        ["\(t.weight)", "\(id(t.a)) \(view.city(node: t.a).nameZh) — \(id(t.b)) \(view.city(node: t.b).nameZh)"]
      })
    return out
  }
}

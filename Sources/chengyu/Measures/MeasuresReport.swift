import ChengyuCore

/// The network measures of a filtered view, for `chengyu stats --measures`. Columns, JSON keys
/// and sort keys come from `MeasureTable` (definitions in docs/measures.md, JSON shape in
/// docs/cli.md).
struct MeasuresReport {
  let view: NetworkView
  let measures: NetworkMeasures
  /// The measure that orders the per-city table and JSON list, in its default direction.
  var sortKey = MeasureTable.cities[0]

  /// Computes every measure of the view's network (unweighted unless `weighted`).
  init(view: NetworkView, weighted: Bool = false) {
    self.init(view: view, measures: NetworkMeasures(graph: view.graph, weighted: weighted))
  }

  /// A report on measures already computed for the view.
  init(view: NetworkView, measures: NetworkMeasures) {
    self.view = view
    self.measures = measures
  }

  /// True when power iteration for eigenvector centrality did not converge (an empty network has
  /// nothing to compute and does not count as a failure).
  var eigenvectorFailed: Bool {
    if case .notConverged = measures.eigenvector { return true }
    return false
  }

  /// Id of a node's city.
  func id(_ node: Int) -> String { view.city(node: node).id.rawValue }

  /// Nodes by the sort measure in its default direction (undefined values last), then by city id.
  var rankedNodes: [Int] {
    let sign = sortKey.descendingByDefault ? 1.0 : -1.0
    let score = (0..<view.graph.nodeCount).map { v in sortKey.value(measures, v).map { $0 * sign } ?? -.infinity }
    return view.nodesRanked(by: score)
  }

  /// A value as JSON by its kind; undefined is null.
  static func json(_ x: Double?, _ kind: MeasureKind) -> JSONValue {
    guard let x, x.isFinite else { return .null }
    switch kind {
    case .count, .label: return .int(Int(x))
    case .real: return .double(x)
    case .flag: return .bool(x != 0)
    }
  }

  /// The whole-network object: `weighted`, then every network measure of the table; a two-part
  /// JSON path nests the value in an object named by its first part.
  func networkJSON() -> JSONValue {
    var members: [(String, JSONValue)] = [("weighted", .bool(measures.weighted))]
    var nested: [String: [(String, JSONValue)]] = [:]
    for d in MeasureTable.network {
      let value = Self.json(d.value(measures), d.kind)
      guard d.jsonPath.count == 2 else {
        members.append((d.jsonPath[0], value))
        continue
      }
      if nested[d.jsonPath[0]] == nil { members.append((d.jsonPath[0], .null)) }
      nested[d.jsonPath[0], default: []].append((d.jsonPath[1], value))
    }
    return .object(members.map { k, v in (k, nested[k].map(JSONValue.object) ?? v) })
  }

  /// One object per city (node), by the sort measure then id; undefined values are null.
  func citiesJSON() -> JSONValue {
    .array(rankedNodes.map { v in
      let c = view.city(node: v)
      return .object([("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)), ("name_en", .string(c.nameEn))]
        + MeasureTable.cities.map { ($0.jsonKey, Self.json($0.value(measures, v), $0.kind)) })
    })
  }

  /// The `measures` member added to `stats --json`.
  func jsonMember() -> (String, JSONValue) {
    ("measures", .object([("network", networkJSON()), ("cities", citiesJSON())]))
  }

  /// The summary and the per-city table, as text blocks.
  func tableBlocks() -> [String] {
    let eigenNote = eigenvectorFailed ? "  (eigenvector did not converge: shown as -)" : ""
    let rows = MeasureTable.network.filter(\.inTextSummary).map { ($0.title.lowercased(), $0.text(measures)) }
    let summary = KeyValueBlock.render(rows, indent: "")
    return ["network measures" + (measures.weighted ? " (weighted)" : "") + eigenNote + "\n" + summary, cityTable()]
  }

  private func cityTable() -> String {
    let t = TableFormatter(columns: [.init(header: "id"), .init(header: "中文名", maxWidth: 16)]
      + MeasureTable.cities.map { TableFormatter.Column(header: $0.header, alignRight: true) })
    let rows = rankedNodes.map { v in
      [id(v), view.city(node: v).nameZh] + MeasureTable.cities.map { $0.text(measures, node: v) }
    }
    return t.render(rows)
  }
}

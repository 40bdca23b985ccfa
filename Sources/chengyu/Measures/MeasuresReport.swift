import ChengyuCore

/// The network measures of a filtered view, for `chengyu stats --measures` and `chengyu compare`
/// (definitions in docs/measures.md, JSON shape in docs/cli.md).
struct MeasuresReport {
  /// The measure that orders the cities (`stats --measures --sort`), highest first.
  enum SortKey: String, CaseIterable {
    case degree, strength, betweenness, closeness, eigenvector, clustering, core, constraint
    case effectiveSize = "effective-size"
  }

  let view: NetworkView
  let measures: NetworkMeasures
  /// Order of the per-city table and JSON list.
  var sortKey = SortKey.degree

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

  /// Nodes by the sort measure (highest first; undefined values last), then by city id.
  var rankedNodes: [Int] {
    let m = measures
    let score: [Double]
    switch sortKey {
    case .degree: score = m.degree.map(Double.init)
    case .strength: score = m.strength.map(Double.init)
    case .betweenness: score = m.betweenness
    case .closeness: score = m.closeness
    case .eigenvector: score = m.eigenvector.values ?? m.degree.map { _ in -Double.infinity }
    case .clustering: score = m.clustering
    case .core: score = m.core.map(Double.init)
    case .constraint: score = m.constraint.map { $0 ?? -Double.infinity }
    case .effectiveSize: score = m.effectiveSize.map { $0 ?? -Double.infinity }
    }
    return view.nodesRanked(by: score)
  }

  /// The whole-network summary object.
  func networkJSON() -> JSONValue {
    let s = measures.summary
    return .object([
      ("weighted", .bool(measures.weighted)),
      ("nodes", .int(s.nodes)), ("ties", .int(s.ties)), ("total_weight", .int(s.totalWeight)),
      ("density", .double(s.density)), ("components", .int(s.components)),
      ("largest_component", .int(s.largestComponent)),
      ("average_clustering", .double(s.averageClustering)), ("transitivity", .double(s.transitivity)),
      ("diameter", .int(s.diameter)),
      ("eigenvector_converged", .bool(!eigenvectorFailed)),
    ])
  }

  /// One object per city (node), by the sort measure then id; undefined values are null.
  func citiesJSON() -> JSONValue {
    let m = measures
    let eigen = m.eigenvector.values
    return .array(rankedNodes.map { v in
      let c = view.city(node: v)
      return .object([
        ("id", .string(c.id.rawValue)), ("name_zh", .string(c.nameZh)), ("name_en", .string(c.nameEn)),
        ("degree", .int(m.degree[v])), ("strength", .int(m.strength[v])),
        ("betweenness", .double(m.betweenness[v])), ("closeness", .double(m.closeness[v])),
        ("eigenvector", eigen.map { .double($0[v]) } ?? .null),
        ("clustering", .double(m.clustering[v])), ("core", .int(m.core[v])),
        ("constraint", m.constraint[v].map { .double($0) } ?? .null),
        ("effective_size", m.effectiveSize[v].map { .double($0) } ?? .null),
      ])
    })
  }

  /// The `measures` member added to `stats --json`.
  func jsonMember() -> (String, JSONValue) {
    ("measures", .object([("network", networkJSON()), ("cities", citiesJSON())]))
  }

  /// The summary and the per-city table, as text blocks.
  func tableBlocks() -> [String] {
    let s = measures.summary
    let eigenNote = eigenvectorFailed ? "  (eigenvector did not converge: shown as -)" : ""
    let summary = KeyValueBlock.render([
      ("components", "\(s.components) (largest \(s.largestComponent) nodes)"),
      ("average clustering", NumberFormat.fixed(s.averageClustering, digits: 4)),
      ("transitivity", NumberFormat.fixed(s.transitivity, digits: 4)),
      ("diameter", "\(s.diameter) (longest shortest path, in ties)"),
    ], indent: "")
    return ["network measures" + (measures.weighted ? " (weighted)" : "") + eigenNote + "\n" + summary, cityTable()]
  }

  private func cityTable() -> String {
    let right = { (h: String) in TableFormatter.Column(header: h, alignRight: true) }
    let t = TableFormatter(columns: [
      .init(header: "id"), .init(header: "中文名", maxWidth: 16), right("degree"), right("strength"),
      right("betweenness"), right("closeness"), right("eigenvector"), right("clustering"),
      right("core"), right("constraint"), right("eff.size"),
    ])
    let m = measures
    let eigen = m.eigenvector.values
    let f = { (x: Double?) in x.map { NumberFormat.fixed($0, digits: 4) } ?? "-" }
    let rows = rankedNodes.map { v in
      [id(v), view.city(node: v).nameZh, "\(m.degree[v])", "\(m.strength[v])", f(m.betweenness[v]),
       f(m.closeness[v]), f(eigen?[v]), f(m.clustering[v]), "\(m.core[v])", f(m.constraint[v]),
       f(m.effectiveSize[v])]
    }
    return t.render(rows)
  }
}

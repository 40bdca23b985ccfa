/// How a measure's values are stored and shown.
public enum MeasureKind: Sendable, Equatable {
  /// A whole number (degree, k-core): printed without decimals, an integer in JSON.
  case count
  /// A real number: printed with four decimals, a double in JSON.
  case real
  /// A group number (community): an integer, but a label rather than a quantity, so lists sort
  /// by it in ascending order.
  case label
  /// Yes or no (whether eigenvector centrality converged): a boolean in JSON.
  case flag

  /// Decimals a table prints.
  public var digits: Int { self == .real ? 4 : 0 }
}

/// One per-city network measure: what the CLI, the explorer, the exports and `compare` need to
/// name it, show it and sort by it. Definitions are in docs/measures.md.
public struct CityMeasureDescriptor: Sendable {
  /// Name on the command line (`--sort effective-size`) and in the explorer's sort keys.
  public let id: String
  /// Key of the per-city JSON object (`effective_size`).
  public let jsonKey: String
  public let title: String
  /// Column header of a text table (lower case, as `stats --measures` prints it).
  public let header: String
  /// Standard Chinese SNA term (中介中心度 …).
  public let titleZh: String
  /// Short Chinese column header.
  public let headerZh: String
  public let kind: MeasureKind
  /// Lists sort highest first unless false (constraint: low constraint marks the brokers).
  public let descendingByDefault: Bool
  /// Display columns a value needs (the header may be wider): a column-width hint for screens.
  public let valueWidth: Int
  /// Whether `compare` ranks the cities of each period by this measure.
  public let rankedInComparison: Bool
  /// The value of a node; nil when undefined (isolated node, no convergence).
  public let value: @Sendable (NetworkMeasures, Int) -> Double?

  /// The value as a table cell: integer or four decimals, "-" when undefined.
  public func text(_ m: NetworkMeasures, node: Int) -> String {
    MeasureTable.text(value(m, node), kind)
  }

  /// Every node's value, or nil when the measure could not be computed for this network (every
  /// value undefined on a non-empty network, e.g. eigenvector centrality did not converge).
  public func values(_ m: NetworkMeasures) -> [Double?]? {
    let v = (0..<m.degree.count).map { value(m, $0) }
    return !v.isEmpty && v.allSatisfy({ $0 == nil }) ? nil : v
  }
}

/// One figure of the whole network (density, modularity …).
public struct NetworkMeasureDescriptor: Sendable {
  public let id: String
  /// Path of the key in the JSON `network` object: one name, or an object and a member
  /// (`["centralization", "degree"]`).
  public let jsonPath: [String]
  public let title: String
  public let titleZh: String
  public let kind: MeasureKind
  /// Printed in the text summary of `stats --measures` (the counts shown elsewhere are not).
  public let inTextSummary: Bool
  /// nil when undefined for this network (e.g. assortativity when every node is in one group).
  public let value: @Sendable (NetworkMeasures) -> Double?

  /// The value as text: integer, four decimals, yes/no, "-" when undefined.
  public func text(_ m: NetworkMeasures) -> String { MeasureTable.text(value(m), kind) }
}

/// The one list of measures: a new measure is an algorithm file, a stored value in
/// `NetworkMeasures` and an entry here; the CLI, the explorer and `compare` read their columns,
/// sort keys and JSON keys from it.
public enum MeasureTable {
  /// Per-city measures, in the order of tables and JSON objects.
  public static let cities: [CityMeasureDescriptor] = [
    city("degree", "degree", "Degree", "degree", "度数中心度", "度数", .count, width: 4, compare: true) {
      Double($0.degree[$1])
    },
    city("strength", "strength", "Strength (weighted degree)", "strength", "加权度", "加权度", .count, width: 5) {
      Double($0.strength[$1])
    },
    city("betweenness", "betweenness", "Betweenness centrality", "betweenness", "中介中心度", "中介", .real, compare: true) {
      $0.betweenness[$1]
    },
    city("closeness", "closeness", "Closeness centrality", "closeness", "接近中心度", "接近", .real, compare: true) {
      $0.closeness[$1]
    },
    city("eigenvector", "eigenvector", "Eigenvector centrality", "eigenvector", "特征向量中心度", "特征向量", .real, compare: true) {
      $0.eigenvector.values?[$1]
    },
    city("clustering", "clustering", "Clustering coefficient", "clustering", "聚类系数", "聚类", .real) {
      $0.clustering[$1]
    },
    city("core", "core", "k-core number", "core", "k-核", "k-核", .count, width: 3) { Double($0.core[$1]) },
    city("constraint", "constraint", "Burt's constraint", "constraint", "限制度", "限制度", .real, descending: false) {
      $0.constraint[$1]
    },
    city("effective-size", "effective_size", "Effective size", "eff.size", "有效规模", "有效规模", .real, width: 7) {
      $0.effectiveSize[$1]
    },
  ]

  /// Whole-network figures, in the order of the JSON `network` object.
  public static let network: [NetworkMeasureDescriptor] = [
    net("nodes", ["nodes"], "Nodes", "节点数", .count, summary: false) { Double($0.summary.nodes) },
    net("ties", ["ties"], "Ties", "关系数", .count, summary: false) { Double($0.summary.ties) },
    net("total-weight", ["total_weight"], "Total weight", "总权重", .count, summary: false) {
      Double($0.summary.totalWeight)
    },
    net("density", ["density"], "Density", "密度", .real, summary: false) { $0.summary.density },
    net("components", ["components"], "Components", "成分数", .count) { Double($0.summary.components) },
    net("largest-component", ["largest_component"], "Largest component", "最大成分", .count) {
      Double($0.summary.largestComponent)
    },
    net("average-clustering", ["average_clustering"], "Average clustering", "平均聚类系数", .real) {
      $0.summary.averageClustering
    },
    net("transitivity", ["transitivity"], "Transitivity", "传递性", .real) { $0.summary.transitivity },
    net("diameter", ["diameter"], "Diameter", "直径", .count) { Double($0.summary.diameter) },
    net("eigenvector-converged", ["eigenvector_converged"], "Eigenvector converged", "特征向量收敛", .flag, summary: false) {
      if case .notConverged = $0.eigenvector { return 0 }
      return 1
    },
  ]

  /// The per-city measure named `id` on the command line.
  public static func city(_ id: String) -> CityMeasureDescriptor? { cities.first { $0.id == id } }

  /// The ids a `--sort` accepts, comma-separated (for help and error messages).
  public static var cityIDs: String { cities.map(\.id).joined(separator: ", ") }

  /// A value as text by its kind; "-" when undefined.
  public static func text(_ x: Double?, _ kind: MeasureKind) -> String {
    guard let x, x.isFinite else { return "-" }
    switch kind {
    case .count, .label: return String(Int(x))
    case .real: return NumberFormat.fixed(x, digits: 4)
    case .flag: return x != 0 ? "yes" : "no"
    }
  }

  private static func city(
    _ id: String, _ json: String, _ title: String, _ header: String, _ titleZh: String, _ headerZh: String,
    _ kind: MeasureKind, descending: Bool? = nil, width: Int = 6, compare: Bool = false,
    _ value: @escaping @Sendable (NetworkMeasures, Int) -> Double?
  ) -> CityMeasureDescriptor {
    CityMeasureDescriptor(
      id: id, jsonKey: json, title: title, header: header, titleZh: titleZh, headerZh: headerZh, kind: kind,
      descendingByDefault: descending ?? (kind != .label), valueWidth: width, rankedInComparison: compare,
      value: value)
  }

  private static func net(
    _ id: String, _ path: [String], _ title: String, _ titleZh: String, _ kind: MeasureKind,
    summary: Bool = true, _ value: @escaping @Sendable (NetworkMeasures) -> Double?
  ) -> NetworkMeasureDescriptor {
    NetworkMeasureDescriptor(
      id: id, jsonPath: path, title: title, titleZh: titleZh, kind: kind, inTextSummary: summary, value: value)
  }
}

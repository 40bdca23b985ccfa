/// Two mechanism layers of one network (`chengyu compare --layers governance,collaboration`): the
/// reference study's contrast of the governance and the collaboration mechanism.
///
/// Each layer is the filtered view restricted to a mechanism family or a mechanism type; the
/// two are compared on the union of their nodes (under `Filter.keepIsolates`, every government in
/// scope): which ties lie only in one layer or in both, the Jaccard overlap of the tie sets, each
/// city's degree in each layer, and the QAP correlation of the two adjacency matrices.
public struct LayerComparison: Sendable {
  /// A layer: a mechanism family or a mechanism type id of the codebook.
  public enum Layer: Sendable, Hashable {
    case family(MechanismFamily)
    case mechanism(String)

    /// A family name or a mechanism id of `codebook`; nil for anything else.
    public init?(_ text: String, codebook: Codebook) {
      if let f = MechanismFamily(rawValue: text) {
        self = .family(f)
      } else if codebook.mechanisms.contains(where: { $0.id == text }) {
        self = .mechanism(text)
      } else {
        return nil
      }
    }

    /// The id as given: a family name or a mechanism id.
    public var id: String {
      switch self {
      case .family(let f): f.rawValue
      case .mechanism(let m): m
      }
    }

    /// `family` or `mechanism`.
    public var kind: String {
      switch self {
      case .family: "family"
      case .mechanism: "mechanism"
      }
    }

    /// The Chinese name: 治理 / 协作, or the mechanism's name in the codebook.
    public func nameZh(in codebook: Codebook) -> String {
      switch self {
      case .family(let f): f.nameZh
      case .mechanism(let m): codebook.mechanisms.first { $0.id == m }?.nameZh ?? m
      }
    }

    /// `base` restricted to this layer's agreements.
    func filter(_ base: Filter) -> Filter {
      var f = base
      switch self {
      case .family(let fam): f.families = [fam]
      case .mechanism(let m): f.mechanisms = [m]
      }
      return f
    }
  }

  /// A pair of cities (indices into `dataset.cities`, `a` before `b` by id) with the tie's
  /// weight in each layer (0 where it has none) and the weight measures read (`Tie.value`).
  public struct LayerTie: Sendable, Hashable {
    public let a: Int
    public let b: Int
    public let first: Int
    public let second: Int
    public let firstValue: Double
    public let secondValue: Double
  }

  public let dataset: Dataset
  public let layers: (first: Layer, second: Layer)
  public let first: NetworkView
  public let second: NetworkView
  /// The union of the two layers' nodes (indices into `dataset.cities`), by id: the rows and
  /// columns of both matrices.
  public let cities: [Int]
  /// Ties in the first layer only, the second only, and both; heaviest first, then by ids.
  public let onlyFirst: [LayerTie]
  public let onlySecond: [LayerTie]
  public let both: [LayerTie]
  /// Per entry of `cities`: its degree in the first and in the second layer.
  public let degrees: [(first: Int, second: Int)]
  /// Whether QAP correlated tie weights (`Tie.value`) rather than presence (0/1).
  public let weightedQAP: Bool
  public let qap: QAP.Result

  /// Builds both layers from `filter` (whose own families and mechanisms are replaced).
  public init(
    dataset: Dataset, filter: Filter, layers: (Layer, Layer), weightedQAP: Bool = false,
    permutations: Int = 1000, seed: UInt64 = 1
  ) {
    self.dataset = dataset
    self.layers = (layers.0, layers.1)
    self.weightedQAP = weightedQAP
    first = dataset.view(layers.0.filter(filter))
    second = dataset.view(layers.1.filter(filter))
    cities = Set(first.graph.nodes + second.graph.nodes).sorted { dataset.cities[$0].id < dataset.cities[$1].id }
    var row = [Int](repeating: -1, count: dataset.cities.count)
    for (i, c) in cities.enumerated() { row[c] = i }

    var pairs: [Int: (first: Tie?, second: Tie?)] = [:]
    let n = cities.count
    func add(_ view: NetworkView, isFirst: Bool) {
      for t in view.graph.ties {
        let (u, v) = (row[view.graph.nodes[t.a]], row[view.graph.nodes[t.b]])
        let key = min(u, v) * n + max(u, v)
        var entry = pairs[key] ?? (nil, nil)
        if isFirst { entry.first = t } else { entry.second = t }
        pairs[key] = entry
      }
    }
    add(first, isFirst: true)
    add(second, isFirst: false)

    // The two adjacency matrices, sparse: their non-zero cells only (see `QAPMatrix`).
    var x: [(i: Int, j: Int, value: Double)] = []
    var y: [(i: Int, j: Int, value: Double)] = []
    var (onlyFirst, onlySecond, both): ([LayerTie], [LayerTie], [LayerTie]) = ([], [], [])
    var degrees = [(first: Int, second: Int)](repeating: (0, 0), count: n)
    for (key, entry) in pairs {
      let (i, j) = (key / n, key % n)
      let tie = LayerTie(
        a: cities[i], b: cities[j], first: entry.first?.weight ?? 0, second: entry.second?.weight ?? 0,
        firstValue: entry.first?.value ?? 0, secondValue: entry.second?.value ?? 0)
      let (vx, vy) = weightedQAP ? (tie.firstValue, tie.secondValue) : (tie.first > 0 ? 1.0 : 0, tie.second > 0 ? 1.0 : 0)
      if vx != 0 { x.append((i, j, vx)) }
      if vy != 0 { y.append((i, j, vy)) }
      if tie.first > 0 {
        degrees[i].first += 1
        degrees[j].first += 1
      }
      if tie.second > 0 {
        degrees[i].second += 1
        degrees[j].second += 1
      }
      switch (tie.first > 0, tie.second > 0) {
      case (true, true): both.append(tie)
      case (true, false): onlyFirst.append(tie)
      default: onlySecond.append(tie)
      }
    }
    let ids = dataset.cities.map(\.id)
    let order = { (l: LayerTie, r: LayerTie) -> Bool in
      let (wl, wr) = (l.first + l.second, r.first + r.second)
      return wl != wr ? wl > wr : (ids[l.a], ids[l.b]) < (ids[r.a], ids[r.b])
    }
    self.onlyFirst = onlyFirst.sorted(by: order)
    self.onlySecond = onlySecond.sorted(by: order)
    self.both = both.sorted(by: order)
    self.degrees = degrees
    qap = QAP.test(QAPMatrix(n: n, cells: x), QAPMatrix(n: n, cells: y), permutations: permutations, seed: seed)
  }

  /// |both| / |ties in either layer|; nil when neither layer has a tie.
  public var jaccard: Double? {
    let union = onlyFirst.count + onlySecond.count + both.count
    return union == 0 ? nil : Double(both.count) / Double(union)
  }
}

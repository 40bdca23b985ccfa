/// The agreement × government affiliation (two-mode) network of a view: which governments take
/// part in which agreement.
///
/// An agreement is affiliated with the nodes of the one-mode view at the ends of the ties it
/// creates there, so the two networks always agree: its governments after roll-up to the view's
/// aggregation level, limited to those the filter counts (level, in-region, cross-border). The
/// two-mode degree of a government is its number of agreements; of an agreement, its number of
/// governments. Agreements come first (`bipartite` 0, by date then id), then governments
/// (`bipartite` 1, by id), as networkx's bipartite convention expects.
public struct TwoModeNetwork: Sendable {
  /// One node of either mode. Attributes that do not apply to a mode are nil.
  public struct Node: Sendable, Hashable {
    public var id: String
    /// The agreement's Chinese title or the government's Chinese name.
    public var label: String
    /// 0 for agreements, 1 for governments.
    public var bipartite: Int
    /// Governments of an agreement, or agreements of a government.
    public var degree: Int
    public var date: String?
    public var mechanism: String?
    public var family: String?
    public var nameEn: String?
    public var level: String?
    public var province: String?
    public var inRegion: Bool?

    /// `agreement` or `government`.
    public var kind: String { bipartite == 0 ? "agreement" : "government" }
  }

  /// Agreements first, then governments.
  public var nodes: [Node]
  /// How many nodes are agreements (the first `agreementCount` of `nodes`).
  public var agreementCount: Int
  /// For each agreement (0..<agreementCount), the positions in `nodes` of its governments, ascending.
  public var incidence: [[Int]]
  /// The filter of the view, recorded in every export.
  public var filter: Filter
  /// The dataset the view was made from.
  public var origin: String

  /// The governments (mode 1), in order.
  public var governments: ArraySlice<Node> { nodes[agreementCount...] }

  /// The affiliation network of a view.
  public init(view: NetworkView, origin: String = "") {
    let ds = view.dataset
    let one = ExportNetwork(view: view, origin: origin)
    var members = [Int: Set<Int>]()
    for t in view.graph.ties {
      for a in t.agreements {
        members[a, default: []].insert(t.a)
        members[a, default: []].insert(t.b)
      }
    }
    let agreements = view.agreements.filter { members[$0] != nil }
    let rows = agreements.map { members[$0]!.sorted().map { $0 + agreements.count } }
    var degree = [Int](repeating: 0, count: one.nodes.count)
    for row in rows { for g in row { degree[g - agreements.count] += 1 } }
    agreementCount = agreements.count
    incidence = rows
    nodes = agreements.enumerated().map { i, a in
      let ag = ds.agreements[a]
      return Node(
        id: TextSanitizer.clean(ag.id), label: TextSanitizer.clean(ag.titleZh), bipartite: 0,
        degree: rows[i].count, date: ag.date.description,
        mechanism: TextSanitizer.clean(ds.mechanism(of: ag).id), family: ag.family.rawValue)
    } + one.nodes.enumerated().map { i, n in
      Node(
        id: n.id, label: n.label, bipartite: 1, degree: degree[i], nameEn: n.nameEn, level: n.level,
        province: n.province, inRegion: n.inRegion)
    }
    filter = view.filter
    self.origin = one.origin
  }

  /// The node attributes every two-mode writer iterates (GraphML keys, CSV and DL side columns).
  public static let attributes: [ExportAttribute<Node>] = [
    ExportAttribute("label", .string, role: .label) { .string($0.label) },
    ExportAttribute("bipartite", .int) { .int($0.bipartite) },
    ExportAttribute("kind", .string) { .string($0.kind) },
    ExportAttribute("degree", .int) { .int($0.degree) },
    ExportAttribute("date", .string) { $0.date.map(ExportValue.string) },
    ExportAttribute("mechanism", .string) { $0.mechanism.map(ExportValue.string) },
    ExportAttribute("family", .string) { $0.family.map(ExportValue.string) },
    ExportAttribute("name_en", .string) { $0.nameEn.map(ExportValue.string) },
    ExportAttribute("level", .string) { $0.level.map(ExportValue.string) },
    ExportAttribute("province", .string) { $0.province.map(ExportValue.string) },
    ExportAttribute("in_region", .bool) { $0.inRegion.map(ExportValue.bool) },
  ]

  /// One line naming the dataset, the filter and the two modes' sizes.
  public var provenanceLine: String {
    let source = origin.isEmpty ? "" : "data: \(origin); "
    let ties = incidence.reduce(0) { $0 + $1.count }
    return "Exported by chengyu (two-mode: agreements x governments); \(source)filter: "
      + "\(FilterSummary.text(filter)); aggregation: \(filter.aggregation.rawValue); "
      + "\(agreementCount) agreements, \(nodes.count - agreementCount) governments, \(ties) affiliations"
  }
}

/// What every export format writes, taken once from a `NetworkView` so that all formats agree:
/// the same nodes, ties, weights and filter.
///
/// Nodes are in the view's order (by dataset id); ties are ordered by their ends' positions, so
/// the source id sorts before the target id. Text is passed through `TextSanitizer.clean`, since
/// data files are untrusted; each format escapes what its syntax needs.
public struct ExportNetwork: Sendable {
  /// One government of the view.
  public struct Node: Sendable, Hashable {
    /// The dataset id, e.g. `chengdu`.
    public var id: String
    /// The Chinese name, e.g. 成都市.
    public var label: String
    /// The English or pinyin name.
    public var nameEn: String
    /// `province`, `prefecture`, `district` or `county`.
    public var level: String
    /// The id of the administrative parent, empty for a provincial-level unit.
    public var parent: String
    /// The parent's Chinese name (empty without a parent), to tell apart two 市中区.
    public var parentLabel: String
    /// The id of the provincial-level unit.
    public var province: String
    /// Inside the 2016 planning area.
    public var inRegion: Bool
    /// Coordinates in degrees, nil when the data has none.
    public var latitude: Double?
    public var longitude: Double?
    /// Date of the node's earliest tie in the view.
    public var firstDate: CalendarDate
  }

  /// One tie of the view: a pair of nodes and the agreements behind it.
  public struct Tie: Sendable, Hashable {
    /// Positions in `nodes`, `source < target`.
    public var source: Int
    public var target: Int
    /// Number of agreements behind the tie.
    public var weight: Int
    public var governance: Int
    public var collaboration: Int
    /// Agreement ids by date, then id.
    public var agreementIDs: [String]
    /// The dates of those agreements, in the same order.
    public var dates: [CalendarDate]
    /// How many of them have each mechanism type, in the order of `ExportNetwork.mechanismIDs`.
    public var mechanismCounts: [Int]
    /// The policy domains of those agreements, each once, by id.
    public var domains: [String]

    /// Date of the earliest and the latest agreement behind the tie.
    public var firstDate: CalendarDate { dates[0] }
    public var lastDate: CalendarDate { dates[dates.count - 1] }
  }

  /// The view's nodes, by dataset id.
  public var nodes: [Node]
  /// The view's ties, by source then target position.
  public var ties: [Tie]
  /// The filter the view was made with, recorded in every export.
  public var filter: Filter
  /// The dataset the view was made from: a folder path or `embedded:`.
  public var origin: String
  /// The codebook's mechanism ids, sorted; `Tie.mechanismCounts` follows this order.
  public var mechanismIDs: [String]
  /// The attributes every format writes for a node, in order (see `ExportSchema.swift`).
  public var nodeAttributes: [ExportAttribute<Node>]
  /// The attributes every format writes for a tie, in order.
  public var tieAttributes: [ExportAttribute<Tie>]

  /// The export model of a view; `origin` names the dataset in the recorded provenance.
  public init(view: NetworkView, origin: String = "") {
    let ds = view.dataset
    let byDate: (Int, Int) -> Bool = { l, r in
      ds.agreements.precedes(l, r)
    }
    let mechanisms = ds.codebook.mechanisms.indices.sorted { ds.codebook.mechanisms[$0].id < ds.codebook.mechanisms[$1].id }
    var column = [Int](repeating: 0, count: mechanisms.count)
    for (c, m) in mechanisms.enumerated() { column[m] = c }
    let domainIDs = ds.codebook.domains.map { TextSanitizer.clean($0.id) }
    ties = view.graph.ties.map { t in
      let sorted = t.agreements.sorted(by: byDate)
      let families = view.familyCounts(of: t)
      var counts = [Int](repeating: 0, count: mechanisms.count)
      var domains = Set<String>()
      for a in sorted {
        counts[column[ds.agreements.mechanism(a)]] += 1
        for d in ds.agreements.domains(a) where d < domainIDs.count { domains.insert(domainIDs[Int(d)]) }
      }
      return Tie(
        source: t.a, target: t.b, weight: t.weight, governance: families.governance,
        collaboration: families.collaboration,
        agreementIDs: sorted.map { TextSanitizer.clean(ds.agreements.id($0)) },
        dates: sorted.map { ds.agreements.date($0) }, mechanismCounts: counts, domains: domains.sorted())
    }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    var first = [CalendarDate?](repeating: nil, count: view.graph.nodeCount)
    for t in ties {
      for end in [t.source, t.target] where first[end].map({ t.firstDate < $0 }) ?? true {
        first[end] = t.firstDate
      }
    }
    nodes = (0..<view.graph.nodeCount).map { i in
      let c = view.city(node: i)
      return Node(
        id: TextSanitizer.clean(c.id.rawValue), label: TextSanitizer.clean(c.nameZh),
        nameEn: TextSanitizer.clean(c.nameEn), level: c.level.rawValue,
        parent: TextSanitizer.clean(c.parent?.rawValue ?? ""),
        parentLabel: TextSanitizer.clean(c.parent.flatMap(ds.city)?.nameZh ?? ""),
        province: TextSanitizer.clean(c.province.rawValue), inRegion: c.inRegion,
        latitude: c.latitude, longitude: c.longitude,
        // Every node has a tie, so `first` is set; the fallback only guards hand-made graphs.
        firstDate: first[i] ?? CalendarDate(year: 1)!)
    }
    filter = view.filter
    self.origin = TextSanitizer.clean(origin)
    mechanismIDs = mechanisms.map { TextSanitizer.clean(ds.codebook.mechanisms[$0].id) }
    nodeAttributes = ExportSchema.nodeAttributes
    tieAttributes = ExportSchema.tieAttributes(mechanismIDs: mechanismIDs)
  }

  /// The date the export's time ends: the last agreement date of any tie (nil without ties).
  public var endDate: CalendarDate? { ties.map(\.lastDate).max() }

  /// One line naming the dataset and the filter, for comments and metadata elements.
  public var provenanceLine: String {
    let source = origin.isEmpty ? "" : "data: \(origin); "
    return "Exported by chengyu; \(source)filter: \(FilterSummary.text(filter)); aggregation: "
      + "\(filter.aggregation.rawValue); \(nodes.count) nodes, \(ties.count) ties"
  }
}

/// What a map or graph picture draws, taken once from a `NetworkView`: the same nodes and ties
/// in the same order as the view (so counts equal `stats`), each node with a plane position,
/// a short label, its province group and its label priority. The SVG writer and the terminal
/// widgets both draw from it, so `chengyu draw --format svg|txt` and the explorer agree.
///
/// Text is passed through `TextSanitizer.clean`, since data files are untrusted.
public struct NetworkPicture: Sendable, Hashable {
  /// Geographic (plane unit = km) or force-directed (abstract unit).
  public enum Kind: String, Sendable, CaseIterable {
    case map, graph
  }

  /// One government.
  public struct Node: Sendable, Hashable {
    /// The dataset id, e.g. `chengdu`.
    public var id: String
    /// Short Chinese name (成都 for 成都市).
    public var label: String
    /// Short pinyin name (Chengdu), for ASCII mode.
    public var pinyin: String
    public var position: PlanePoint
    /// Index into `groups` (the node's provincial-level unit).
    public var group: Int
    /// On a map: the data has no coordinates for it, so it sits at its parent's, its
    /// province's or its partners' position.
    public var approximate: Bool
    public var degree: Int
    public var strength: Int
    /// 0 for the most central node: labels are placed in this order.
    public var rank: Int
    /// Year of its first tie in the view.
    public var firstYear: Int
  }

  /// One tie: node positions `a < b` and what is behind it.
  public struct Link: Sendable, Hashable {
    public var a: Int
    public var b: Int
    public var weight: Int
    public var governance: Int
    public var collaboration: Int
    /// Year of its first agreement (for playing the growth).
    public var firstYear: Int

    /// The family of most of its agreements (governance on a tie).
    public var mainFamily: MechanismFamily { governance >= collaboration ? .governance : .collaboration }
  }

  /// A provincial-level unit with nodes in the picture; groups are ordered by node count.
  public struct Group: Sendable, Hashable {
    public var id: String
    public var nameZh: String
    public var nameEn: String
    public var count: Int
  }

  public var kind: Kind
  public var nodes: [Node]
  public var links: [Link] { didSet { linksByWeight = NetworkPicture.lightestFirst(links) } }
  public var groups: [Group]

  /// Link indices, lightest first (then by index): the order to paint them so heavy ties end
  /// on top; sorted once here rather than on every frame.
  public private(set) var linksByWeight: [Int] = []

  static func lightestFirst(_ links: [Link]) -> [Int] {
    links.indices.sorted { (links[$0].weight, $0) < (links[$1].weight, $1) }
  }

  /// Plane extent of the nodes (nil without nodes).
  public var bounds: PlaneBounds? { PlaneBounds(nodes.map(\.position)) }

  /// Largest tie weight (1 without ties).
  public var maxWeight: Int { links.map(\.weight).max() ?? 1 }

  /// The view's picture with the given positions (one per node, in node order).
  public init(view: NetworkView, kind: Kind, positions: [PlanePoint], approximate: Set<Int> = []) {
    let g = view.graph
    self.kind = kind
    let ds = view.dataset
    var firstYear = [Int](repeating: Int.max, count: g.nodeCount)
    links = g.ties.map { t in
      let fam = view.familyCounts(of: t)
      let year = t.agreements.map { ds.agreements.year($0) }.min() ?? 0
      firstYear[t.a] = min(firstYear[t.a], year)
      firstYear[t.b] = min(firstYear[t.b], year)
      return Link(a: t.a, b: t.b, weight: t.weight, governance: fam.governance, collaboration: fam.collaboration, firstYear: year)
    }
    var counts: [CityID: Int] = [:]
    for v in 0..<g.nodeCount { counts[view.city(node: v).province, default: 0] += 1 }
    let order = counts.keys.sorted { (counts[$0]!, $1.rawValue) > (counts[$1]!, $0.rawValue) }
    groups = order.map { id in
      let c = ds.city(id)
      return Group(id: TextSanitizer.clean(id.rawValue), nameZh: TextSanitizer.clean(c?.nameZh ?? id.rawValue),
                   nameEn: TextSanitizer.clean(c?.nameEn ?? id.rawValue), count: counts[id]!)
    }
    let groupOf = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    let strengths = (0..<g.nodeCount).map(g.strength)
    let byCentrality = (0..<g.nodeCount).sorted { l, r in
      (strengths[l], g.degree(l), r) > (strengths[r], g.degree(r), l)
    }
    var rank = [Int](repeating: 0, count: g.nodeCount)
    for (r, v) in byCentrality.enumerated() { rank[v] = r }
    nodes = (0..<g.nodeCount).map { v in
      let c = view.city(node: v)
      return Node(id: TextSanitizer.clean(c.id.rawValue), label: NetworkPicture.shortName(c.nameZh),
                  pinyin: NetworkPicture.shortPinyin(c.nameEn), position: positions[v], group: groupOf[c.province]!,
                  approximate: approximate.contains(v), degree: g.degree(v), strength: strengths[v],
                  rank: rank[v], firstYear: firstYear[v] == Int.max ? 0 : firstYear[v])
    }
    linksByWeight = NetworkPicture.lightestFirst(links)
  }

  /// The Chinese name without a trailing 市 or 省 (成都市 → 成都), kept when that would leave one
  /// character; districts and counties keep 区 and 县, which tell them apart from their cities.
  public static func shortName(_ zh: String) -> String {
    let clean = TextSanitizer.clean(zh)
    guard clean.count >= 3, let last = clean.last, last == "市" || last == "省" else { return clean }
    return String(clean.dropLast())
  }

  /// The first word of the English or pinyin name (Chongqing for Chongqing Municipality).
  public static func shortPinyin(_ en: String) -> String {
    let clean = TextSanitizer.clean(en)
    return clean.split(separator: " ").first.map(String.init) ?? clean
  }
}

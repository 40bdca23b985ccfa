import ChengyuCore

/// What the map, graph and matrix screens derive from one filter (built with `FilterModel`).
public struct PictureModel: Sendable {
  /// Nodes at their seat coordinates.
  public let map: NetworkPicture
  /// Matrix rows by community (Louvain), then province group and degree.
  public let matrix: MatrixData
  /// The Louvain communities of the view (nil above `MatrixOrder.communityLimit` nodes): the
  /// matrix's blocks, and the marks of the map and graph when `c` asks for them.
  public let communities: Communities?
  /// First and last year of the view's ties (for playing the growth).
  public let years: ClosedRange<Int>?

  init(_ view: NetworkView) {
    map = NetworkPicture.map(view)
    communities = MatrixOrder.partition(of: view)
    matrix = MatrixData(map, order: MatrixOrder.order(map, partition: communities?.label))
    let firsts = map.links.map(\.firstYear)
    years = firsts.min().map { $0...(firsts.max() ?? $0) }
  }
}

/// A graph layout for one filter, computed off the key path (`ExplorerProgram` runs it).
public struct GraphLayout: Sendable, Hashable {
  /// The filter the layout was computed for; a layout for another filter is stale.
  public let filter: Filter
  public let picture: NetworkPicture

  public init(filter: Filter, picture: NetworkPicture) {
    self.filter = filter
    self.picture = picture
  }
}

/// What the picture screens remember between keys: camera and selection per screen, the
/// matrix cursor, the growth being played and the graph layout.
public struct PictureScreensState: Sendable {
  /// Zoom and pan per screen kind (map, graph).
  public var cameras: [ScreenKind: PictureCamera] = [:]
  /// Selected city per screen kind, by index into `Dataset.cities` (stable across filters).
  public var selectedCity: [ScreenKind: Int] = [:]
  /// The matrix cursor as two dataset city indices (row, column).
  public var matrixCursor: (row: Int, column: Int)?
  /// While playing the growth: the last year shown.
  public var playYear: Int?
  /// The latest graph layout (possibly for an older filter, shown until the new one is ready).
  public var graph: GraphLayout?
  /// Share of the running layout done, while one runs.
  public var layoutProgress: Double?

  public init() {}
}

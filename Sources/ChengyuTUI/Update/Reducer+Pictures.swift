import ChengyuCore

extension AppState {
  /// The picture the current map or graph screen shows: the map, or the graph layout when it
  /// was made for the filter in force (nil while it is being computed).
  func picture(for kind: ScreenKind) -> NetworkPicture? {
    switch kind {
    case .map, .matrix: return model.pictures?.map
    case .graph: return pictures.graph.flatMap { $0.filter == filter ? $0.picture : nil }
    default: return nil
    }
  }

  /// Node of the selected city on a picture screen: the one chosen last if it is still a node,
  /// else the most central node.
  func selectedNode(_ kind: ScreenKind) -> Int? {
    if let city = pictures.selectedCity[kind], let node = view.nodeOf[city] { return node }
    guard let map = model.pictures?.map else { return nil }
    return map.nodes.indices.min { map.nodes[$0].rank < map.nodes[$1].rank }
  }

  /// The matrix cursor as rows of `model.pictures.matrix` (the top-left cell by default).
  func matrixCursor() -> (row: Int, column: Int) {
    guard let data = model.pictures?.matrix, let c = pictures.matrixCursor, let a = view.nodeOf[c.row], let b = view.nodeOf[c.column] else {
      return (0, (model.pictures?.matrix.order.count ?? 0) > 1 ? 1 : 0)
    }
    return (data.position[a], data.position[b])
  }

  /// The widget a map or graph screen draws (nil while the graph is laid out).
  func pictureView(_ kind: ScreenKind) -> PictureView? {
    guard let p = picture(for: kind) else { return nil }
    var widget = PictureView(picture: p, camera: pictures.cameras[kind] ?? PictureCamera(), selected: selectedNode(kind),
                             ascii: asciiMode, yearLimit: pictures.playYear)
    widget.language = lang
    // The graph's layout keeps the view's node order, so the map's partition fits it too.
    if analysisViews.markCommunities, let c = model.pictures?.communities, c.label.count == p.nodes.count { widget.communities = c }
    return widget
  }

  /// `c` on the map and graph: cities marked by Louvain community, or by province again.
  mutating func toggleCommunities() {
    guard let c = model.pictures?.communities else {
      analysisViews.markCommunities = false
      status = t(TUIAnalysisMsg.communitiesTooLarge, MatrixOrder.communityLimit)
      return
    }
    analysisViews.markCommunities.toggle()
    status = analysisViews.markCommunities
      ? t(TUIAnalysisMsg.byCommunity, c.count, c.modularity.map { Format.fixed($0, 4) } ?? "-") : t(TUIAnalysisMsg.byProvince)
  }

  /// While the growth plays, any action but the timer, a resize or layout news stops it and
  /// does nothing else; true when it did.
  mutating func stopsPlaying(_ action: Action) -> Bool {
    guard let year = pictures.playYear else { return false }
    switch action {
    case .picture(.tick), .picture(.layoutProgress), .picture(.layoutFinished), .resize, .redraw: return false
    default:
      pictures.playYear = nil
      status = t(TUIStatusMsg.growthStopped, year)
      return true
    }
  }

  mutating func reducePicture(_ action: PictureAction) {
    let kind = screen.kind
    switch action {
    case .move(let d) where kind == .matrix: moveMatrixCursor(d)
    case .move(let d):
      guard let w = pictureView(kind), let from = w.selected else { return }
      if let next = DirectionPick.nearest(from: from, toward: d, in: w.dotPositions(for: PictureScreen.canvas(self))) {
        pictures.selectedCity[kind] = view.graph.nodes[next]
      }
    case .zoom(let f):
      pictures.cameras[kind] = (pictures.cameras[kind] ?? PictureCamera()).zoomed(by: f)
    case .pan(let dx, let dy):
      guard let w = pictureView(kind) else { return }
      pictures.cameras[kind] = w.camera.panned(dx: dx, dy: dy, in: w.viewport(for: PictureScreen.canvas(self)))
    case .fit: pictures.cameras[kind] = PictureCamera()
    case .play:
      guard let years = model.pictures?.years else { status = t(TUIStatusMsg.growthNoTies); return }
      pictures.playYear = years.lowerBound
      status = t(TUIStatusMsg.growthPlaying, years.lowerBound)
    case .tick:
      guard let year = pictures.playYear else { return }
      if let last = model.pictures?.years?.upperBound, year < last {
        pictures.playYear = year + 1
      } else {
        pictures.playYear = nil
        status = t(TUIStatusMsg.growthPlayed, year)
      }
    case .layoutProgress(let p): pictures.layoutProgress = p
    case .layoutFinished(let layout):
      pictures.graph = layout
      pictures.layoutProgress = nil
    }
  }

  private mutating func moveMatrixCursor(_ d: DirectionPick.Direction) {
    guard let data = model.pictures?.matrix, !data.order.isEmpty else { return }
    var (r, c) = matrixCursor()
    switch d {
    case .up: r -= 1
    case .down: r += 1
    case .left: c -= 1
    case .right: c += 1
    }
    let n = data.order.count
    (r, c) = (min(n - 1, max(0, r)), min(n - 1, max(0, c)))
    pictures.matrixCursor = (view.graph.nodes[data.order[r]], view.graph.nodes[data.order[c]])
  }

  /// A layout to compute: the graph screen is shown and has none for the filter in force.
  public var graphLayoutNeeded: Filter? {
    // While the filter's model is being built, `view` is still the older filter's.
    guard screen.kind == .graph, !isFiltering, picture(for: .graph) == nil else { return nil }
    return filter
  }

  /// Whether the growth is playing (the run loop then sends timer events).
  public var isPlaying: Bool { pictures.playYear != nil }
}

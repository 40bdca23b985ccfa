import ChengyuCore

/// What the map, graph and matrix screens share: an info line on top (what is selected), the
/// picture below it, Enter opening the selected city.
enum PictureScreen {
  /// The picture's part of the body: all but the info line.
  static func canvas(_ state: AppState) -> Rect { ScreenLayout.chrome(state.size).body.splitTop(1).rest }

  /// The info line: counts, the selected city with its partners and agreements, the zoom.
  static func info(_ state: AppState, _ kind: ScreenKind, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let g = state.view.graph
    var text = "\(g.nodeCount) governments, \(g.tieCount) ties"
    if let node = state.selectedNode(kind), node < g.nodeCount {
      let city = state.view.city(node: node)
      text += "  \(PictureGlyphs(ascii: state.asciiMode).selected) \(state.name(city)): \(g.degree(node)) partners, "
        + "strength \(g.strength(node))"
    }
    if let zoom = state.pictures.cameras[kind]?.zoom, zoom != 1 { text += "  zoom \(NumberFormat.fixed(zoom, digits: zoom < 1 ? 2 : 0))×" }
    pen.put(&buffer, text, x: body.x, y: body.y, width: body.width, style: Styles.title)
  }

  /// Enter: the selected city's screen.
  static func openCity(_ state: inout AppState, _ kind: ScreenKind) {
    guard let node = state.selectedNode(kind) else { return }
    state.show(.city(state.view.graph.nodes[node]))
  }
}

extension ScreenKind {
  public static let map = ScreenKind("map")
  public static let graph = ScreenKind("graph")
  public static let matrix = ScreenKind("matrix")
}

/// The network over a map: cities at their seat coordinates on a braille canvas.
struct MapScreen: ExplorerScreen {
  let kind = ScreenKind.map
  let title = "Map"
  let tab: TabEntry? = TabEntry(help: "Show the network on a map: cities at their coordinates, ties as lines.")
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.view.graph.nodeCount }
  func open(_ state: inout AppState, _ key: ListKey, row: Int) { PictureScreen.openCity(&state, kind) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    PictureScreen.info(state, kind, in: body, pen: pen, into: &buffer)
    state.pictureView(kind)?.render(in: body.splitTop(1).rest, into: &buffer)
  }
}

/// The network as a force-directed graph, laid out off the key path.
struct GraphScreen: ExplorerScreen {
  let kind = ScreenKind.graph
  let title = "Graph"
  let tab: TabEntry? = TabEntry(help: "Show the network as a force-directed graph (seeded, the same every time).")
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.view.graph.nodeCount }
  func open(_ state: inout AppState, _ key: ListKey, row: Int) { PictureScreen.openCity(&state, kind) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    PictureScreen.info(state, kind, in: body, pen: pen, into: &buffer)
    let area = body.splitTop(1).rest
    guard let w = state.pictureView(kind) else {
      let done = state.pictures.layoutProgress.map { " \(Int($0 * 100))%" } ?? ""
      pen.put(&buffer, "Laying out \(state.view.graph.nodeCount) governments\(pen.ellipsis)\(done)  (keys keep working)",
              x: area.x + 2, y: area.y + area.height / 2, width: area.width - 4, style: Styles.dim)
      return
    }
    w.render(in: area, into: &buffer)
  }
}

/// The adjacency matrix as a heatmap; Enter opens the tie under the cursor.
struct MatrixScreen: ExplorerScreen {
  let kind = ScreenKind.matrix
  let title = "Matrix"
  let tab: TabEntry? = TabEntry(help: "Show the adjacency matrix as a heatmap, rows by province, then degree.")
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.view.graph.nodeCount }

  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    let data = state.model.pictures.matrix
    let c = state.matrixCursor()
    guard data.order.indices.contains(c.row), data.order.indices.contains(c.column) else { return }
    let (a, b) = (state.view.graph.nodes[data.order[c.row]], state.view.graph.nodes[data.order[c.column]])
    if data.weight(row: c.row, column: c.column) > 0 {
      state.show(.tie(min(a, b), max(a, b)))
    } else {
      state.status = "No tie between \(state.name(state.dataset.cities[a])) and \(state.name(state.dataset.cities[b]))"
    }
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let g = state.view.graph
    pen.put(&buffer, "\(g.nodeCount) governments, \(g.tieCount) ties; rows by province, then degree",
            x: body.x, y: body.y, width: body.width, style: Styles.title)
    MatrixView(picture: state.model.pictures.map, data: state.model.pictures.matrix, cursor: state.matrixCursor(),
               ascii: state.asciiMode).render(in: body.splitTop(1).rest, into: &buffer)
  }
}

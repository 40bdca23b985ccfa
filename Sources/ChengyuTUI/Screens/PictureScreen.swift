import ChengyuCore

/// What the map, graph and matrix screens share: an info line on top (what is selected), the
/// picture below it, Enter opening the selected city.
enum PictureScreen {
  /// The picture's part of the body: all but the info line.
  static func canvas(_ state: AppState) -> Rect { ScreenLayout.chrome(state.size).body.splitTop(1).rest }

  /// The info line: counts, the selected city with its partners and agreements, the zoom.
  static func info(_ state: AppState, _ kind: ScreenKind, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let g = state.view.graph
    var text = state.t(TUIPictureMsg.infoCounts, g.nodeCount, g.tieCount)
    if let node = state.selectedNode(kind), node < g.nodeCount {
      let city = state.view.city(node: node)
      text += "  " + state.t(TUIPictureMsg.infoSelected, PictureGlyphs(ascii: state.asciiMode).selected, state.name(city),
                             g.degree(node), g.strength(node))
    }
    if let zoom = state.pictures.cameras[kind]?.zoom, zoom != 1 {
      text += "  " + state.t(TUIPictureMsg.infoZoom, NumberFormat.fixed(zoom, digits: zoom < 1 ? 2 : 0))
    }
    pen.put(&buffer, text, x: body.x, y: body.y, width: body.width, style: Styles.title)
  }

  /// Enter: the selected city's screen.
  static func openCity(_ state: inout AppState, _ kind: ScreenKind) {
    guard let node = state.selectedNode(kind) else { return }
    state.show(.city(state.view.graph.nodes[node]))
  }
}

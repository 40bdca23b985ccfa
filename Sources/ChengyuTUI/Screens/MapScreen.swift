import ChengyuCore

extension ScreenKind {
  public static let map = ScreenKind("map")
}

/// The network over a map: cities at their seat coordinates on a braille canvas.
struct MapScreen: ExplorerScreen {
  let kind = ScreenKind.map
  let title = TUIMsg.tabMap
  let tab: TabEntry? = TabEntry(help: .tabMapHelp)
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.view.graph.nodeCount }
  func open(_ state: inout AppState, _ key: ListKey, row: Int) { PictureScreen.openCity(&state, kind) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    PictureScreen.info(state, kind, in: body, pen: pen, into: &buffer)
    guard let w = state.pictureView(kind) else {
      return WorkPlaceholder.render(state, .pictures, in: body.splitTop(1).rest, pen: pen, into: &buffer)
    }
    w.render(in: body.splitTop(1).rest, into: &buffer)
  }
}

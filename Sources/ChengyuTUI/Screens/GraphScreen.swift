import ChengyuCore

extension ScreenKind {
  public static let graph = ScreenKind("graph")
}

/// The network as a force-directed graph, laid out off the key path.
struct GraphScreen: ExplorerScreen {
  let kind = ScreenKind.graph
  let title = TUIMsg.tabGraph
  let tab: TabEntry? = TabEntry(help: .tabGraphHelp)
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.view.graph.nodeCount }
  func open(_ state: inout AppState, _ key: ListKey, row: Int) { PictureScreen.openCity(&state, kind) }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    PictureScreen.info(state, kind, in: body, pen: pen, into: &buffer)
    let area = body.splitTop(1).rest
    guard let w = state.pictureView(kind) else {
      let done = state.pictures.layoutProgress.map { " \(Int($0 * 100))%" } ?? ""
      pen.put(&buffer, state.t(TUIStatusMsg.layingOut, state.view.graph.nodeCount, pen.ellipsis, done),
              x: area.x + 2, y: area.y + area.height / 2, width: area.width - 4, style: Styles.dim)
      return
    }
    w.render(in: area, into: &buffer)
  }
}

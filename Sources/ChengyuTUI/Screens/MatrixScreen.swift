import ChengyuCore

extension ScreenKind {
  public static let matrix = ScreenKind("matrix")
}

/// The adjacency matrix as a heatmap; Enter opens the tie under the cursor.
struct MatrixScreen: ExplorerScreen {
  let kind = ScreenKind.matrix
  let title = TUIMsg.tabMatrix
  let tab: TabEntry? = TabEntry(help: .tabMatrixHelp)
  let searchable = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.view.graph.nodeCount }

  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    guard let data = state.model.pictures?.matrix else { return }
    let c = state.matrixCursor()
    guard data.order.indices.contains(c.row), data.order.indices.contains(c.column) else { return }
    let (a, b) = (state.view.graph.nodes[data.order[c.row]], state.view.graph.nodes[data.order[c.column]])
    if data.weight(row: c.row, column: c.column) > 0 {
      state.show(.tie(min(a, b), max(a, b)))
    } else {
      state.status = state.t(TUIStatusMsg.matrixNoTie, state.name(state.dataset.cities[a]), state.name(state.dataset.cities[b]))
    }
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let g = state.view.graph
    pen.put(&buffer, state.t(TUIStatusMsg.matrixInfo, g.nodeCount, g.tieCount),
            x: body.x, y: body.y, width: body.width, style: Styles.title)
    guard let pictures = state.model.pictures else {
      return WorkPlaceholder.render(state, .pictures, in: body.splitTop(1).rest, pen: pen, into: &buffer)
    }
    var matrix = MatrixView(picture: pictures.map, data: pictures.matrix, cursor: state.matrixCursor(),
                            ascii: state.asciiMode)
    matrix.language = state.lang
    matrix.render(in: body.splitTop(1).rest, into: &buffer)
  }
}

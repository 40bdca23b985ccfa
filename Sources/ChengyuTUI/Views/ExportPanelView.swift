import ChengyuCore

/// The box above the export prompt: what will be written, the formats, and the files Enter
/// would write with the text typed so far.
enum ExportPanelView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let g = state.view.graph
    let base = state.defaultExportBase
    // What Enter would do with the text typed so far.
    let preview: (String, Style)
    switch ExportRequest.parse(state.prompt?.text ?? "", defaultBase: base) {
    case .success(let (format, path)): preview = ("Enter writes " + format.paths(for: path).joined(separator: ", "), Styles.label)
    case .failure(let error): preview = (error.message, Styles.warning)
    }
    var lines: [(String, Style)] = []
    // The list may be narrowed by a search, which an export does not apply: say so, or the counts
    // above look wrong next to the one row on screen.
    if let search = state.search[state.screen], !search.isEmpty {
      lines.append(("The search /\(search) narrows the list only; the export has all the filter keeps", Styles.warning))
    }
    lines += [
      ("Formats: " + ExportRequest.formatList, .plain),
      ("Type a format, then a file name (default \(base).<format>)", .plain),
      preview,
    ]
    let height = min(body.height, lines.count + 1)
    let rect = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
    buffer.fill(rect, style: .plain)
    pen.rule(&buffer, rect, title: "Export the network shown: \(g.nodeCount) nodes, \(g.tieCount) ties")
    for (i, (text, style)) in lines.prefix(height - 1).enumerated() {
      pen.put(&buffer, " " + text, x: rect.x, y: rect.y + 1 + i, width: rect.width, style: style)
    }
  }
}

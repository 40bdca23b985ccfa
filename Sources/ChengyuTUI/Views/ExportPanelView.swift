import ChengyuCore

/// The box above the export prompt: what will be written, the formats, the Excel toggle (a
/// UTF-8 byte-order mark for CSV tables, Tab), and the files Enter would write with the text
/// typed so far.
enum ExportPanelView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let g = state.view.graph
    let base = state.defaultExportBase
    let toggle = state.prompt?.excel ?? false
    // What Enter would do with the text typed so far.
    let preview: (String, Style)
    var excel = (state.t(toggle ? TUIStatusMsg.exportExcelOn : .exportExcelOff), Style.plain)
    switch ExportRequest.parse(state.prompt?.text ?? "", defaultBase: base, excel: toggle, language: state.lang) {
    case .success(let request):
      let files = request.format.paths(for: request.path).joined(separator: ", ")
      preview = (state.t(request.excel ? TUIStatusMsg.exportWritesExcel : .exportWrites, files), Styles.label)
      if !request.format.hasCSVTables { excel = (state.t(TUIStatusMsg.exportExcelNotApplicable), Styles.dim) }
      // `--excel` typed turns it on whatever the toggle says.
      if request.excel && !toggle { excel.0 = state.t(TUIStatusMsg.exportExcelOn) }
    case .failure(let error): preview = (error.message, Styles.warning)
    }
    var lines: [(String, Style)] = []
    // The list may be narrowed by a search, which an export does not apply: say so, or the counts
    // above look wrong next to the one row on screen.
    if let search = state.search[state.screen], !search.isEmpty {
      lines.append((state.t(TUIStatusMsg.exportSearchNote, search), Styles.warning))
    }
    lines += [
      (state.t(TUIStatusMsg.exportFormats, ExportRequest.formatList), .plain),
      (state.t(TUIStatusMsg.exportType, base), .plain),
      excel,
      preview,
    ]
    let height = min(body.height, lines.count + 1)
    let rect = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
    buffer.fill(rect, style: .plain)
    pen.rule(&buffer, rect, title: state.t(TUIStatusMsg.exportTitle, g.nodeCount, g.tieCount))
    for (i, (text, style)) in lines.prefix(height - 1).enumerated() {
      pen.put(&buffer, " " + text, x: rect.x, y: rect.y + 1 + i, width: rect.width, style: style)
    }
  }
}

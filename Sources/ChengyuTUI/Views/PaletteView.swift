import ChengyuCore

/// The `:` palette: matching commands above the prompt, the one Enter runs highlighted.
enum PaletteView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let matches = state.paletteMatches(state.prompt?.text ?? "")
    let height = min(body.height, min(10, matches.count) + 1)
    let list = ListState(selected: state.prompt?.choice ?? 0).visible(count: matches.count, viewport: height - 1)
    let rect = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
    buffer.fill(rect, style: .plain)
    pen.rule(&buffer, rect, title: state.t(TUIStatusMsg.paletteTitle, matches.count))
    for (line, c) in matches.dropFirst(list.offset).prefix(height - 1).enumerated() {
      let y = rect.y + 1 + line
      let chosen = list.offset + line == list.selected
      if chosen { buffer.fill(Rect(x: rect.x, y: y, width: 25, height: 1), style: Styles.selection) }
      pen.cell(&buffer, c.id, x: rect.x + 1, y: y, width: 24, style: chosen ? Styles.selection : .plain)
      let keys = c.keys.map(Keymap.display).joined(separator: " ")
      pen.cell(&buffer, keys, x: rect.x + 26, y: y, width: 12, style: Styles.label)
      pen.put(&buffer, c.help(state.lang), x: rect.x + 39, y: y, width: rect.width - 40)
    }
  }
}

import ChengyuCore

/// Line 1: the program name and the top-level screens, the current one highlighted.
enum TabBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.bar))
    let labels = ScreenID.tabs.enumerated().map { i, tab in " \(i + 1) \(tab.kind.title)" }
    let labelsWidth = labels.reduce(0) { $0 + $1.count } + 1
    var name = state.asciiMode ? " Chengyu " : " 成渝 Chengyu "
    if DisplayWidth.of(name) + labelsWidth > rect.width { name = state.asciiMode ? " CY " : " 成渝 " }
    var x = rect.x + pen.put(&buffer, name, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .bar, bg: .bar, bold: true))
    let current = state.stack[0]
    let full = labelsWidth <= rect.maxX - x
    for (i, tab) in ScreenID.tabs.enumerated() {
      let label = (full || tab == current ? labels[i] : " \(i + 1)") + (tab == current ? " " : "")
      let style = tab == current ? Style(fg: .title, bg: .title, bold: true, underline: true) : Style(fg: .bar, bg: .bar)
      x += pen.put(&buffer, label, x: x, y: rect.y, width: rect.maxX - x, style: style)
    }
  }
}

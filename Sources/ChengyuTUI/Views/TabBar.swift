import ChengyuCore

/// Line 1: the program name and the top-level screens (from the registry), the current one
/// highlighted. Tabs past the ninth have no digit and show their title only; when the full
/// labels do not fit, the others shrink to their digit (or first letters) and the current one
/// keeps its title.
enum TabBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.bar))
    let titles = ScreenRegistry.tabs.map(\.title)
    let labelsWidth = labels(titles, current: nil, full: true).reduce(0) { $0 + DisplayWidth.of($1) } + 1
    var name = state.asciiMode ? " Chengyu " : " 成渝 Chengyu "
    if DisplayWidth.of(name) + labelsWidth > rect.width { name = state.asciiMode ? " CY " : " 成渝 " }
    var x = rect.x + pen.put(&buffer, name, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .bar, bg: .bar, bold: true))
    let current = state.stack.currentTab
    for (i, label) in labels(titles, current: current, full: labelsWidth <= rect.maxX - x).enumerated() {
      let style = i == current ? Style(fg: .title, bg: .title, bold: true, underline: true) : Style(fg: .bar, bg: .bar)
      x += pen.put(&buffer, label, x: x, y: rect.y, width: rect.maxX - x, style: style)
    }
  }

  /// Each tab's label: " 1 Cities" (" Layers" past the ninth tab, which has no digit); when not
  /// `full`, every tab but the current one shrinks to its digit or its first two letters.
  static func labels(_ titles: [String], current: Int?, full: Bool) -> [String] {
    titles.enumerated().map { i, title in
      let digit = ScreenRegistry.digit(ofTab: i)
      let label = full || i == current ? (digit.map { " \($0) \(title)" } ?? " \(title)") : " " + (digit ?? String(title.prefix(2)))
      return label + (i == current ? " " : "")
    }
  }
}

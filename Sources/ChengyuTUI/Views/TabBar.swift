import ChengyuCore

/// Line 1: the program name and the top-level screens (from the registry), the current one
/// highlighted. Tabs past the ninth have no digit and show their title only; when the full
/// labels do not fit, tabs shrink from the right to their digit (or first letters) and the
/// current one keeps its title.
enum TabBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.bar))
    let titles = ScreenRegistry.tabs.map { $0.title.text(state.lang) }
    let labelsWidth = labels(titles, current: nil, width: .max).reduce(0) { $0 + DisplayWidth.of($1) } + 1
    var name = state.t(state.asciiMode ? TUIMsg.appNameASCII : .appName)
    if DisplayWidth.of(name) + labelsWidth > rect.width { name = state.t(state.asciiMode ? TUIMsg.appNameASCIIShort : .appNameShort) }
    var x = rect.x + pen.put(&buffer, name, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .bar, bg: .bar, bold: true))
    let current = state.stack.currentTab
    for (i, label) in labels(titles, current: current, width: rect.maxX - x).enumerated() {
      let style = i == current ? Style(fg: .title, bg: .title, bold: true, underline: true) : Style(fg: .bar, bg: .bar)
      x += pen.put(&buffer, label, x: x, y: rect.y, width: rect.maxX - x, style: style)
    }
  }

  /// Each tab's label: " 1 Cities" (" Layers" past the ninth tab, which has no digit), with a
  /// space after the current one. When they do not all fit in `width`, tabs shrink from the
  /// right (never the current one) to their digit or their first two letters, so the first
  /// screens keep their names however many screens there are.
  static func labels(_ titles: [String], current: Int?, width: Int) -> [String] {
    let full = titles.indices.map { i in label(titles[i], i, current: current, full: true) }
    var result = full
    var total = full.reduce(0) { $0 + DisplayWidth.of($1) }
    for i in titles.indices.reversed() where total > width && i != current {
      let short = label(titles[i], i, current: current, full: false)
      total += DisplayWidth.of(short) - DisplayWidth.of(result[i])
      result[i] = short
    }
    return result
  }

  private static func label(_ title: String, _ i: Int, current: Int?, full: Bool) -> String {
    let digit = ScreenRegistry.digit(ofTab: i)
    let text = full ? (digit.map { " \($0) \(title)" } ?? " \(title)") : " " + (digit ?? String(title.prefix(2)))
    return text + (i == current ? " " : "")
  }
}

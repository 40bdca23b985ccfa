import ChengyuCore

/// Draws the whole frame from the state: tab bar, filter header, the current screen, and the
/// hint bar (or the prompt or a status message). Rendering never changes the state.
public enum RootView {
  /// Renders `state` into `buffer` (which must have the state's size).
  public static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    let pen = Pen(ascii: state.asciiMode)
    buffer.fill(buffer.area, style: .plain)
    if state.isTooSmall {
      TooSmallView.render(state, in: buffer.area, pen: pen, into: &buffer)
      return
    }
    let chrome = ScreenLayout.chrome(state.size)
    TabBar.render(state, in: chrome.tabs, pen: pen, into: &buffer)
    HeaderLine.render(state, in: chrome.header, pen: pen, into: &buffer)
    renderScreen(state, in: chrome.body, pen: pen, into: &buffer)
    if state.prompt?.kind == .command { PaletteView.render(state, in: chrome.body, pen: pen, into: &buffer) }
    HintBar.render(state, in: chrome.hint, pen: pen, into: &buffer)
  }

  static func renderScreen(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    switch state.screen {
    case .cities: CitiesView.render(state, in: body, pen: pen, into: &buffer)
    case .ties: TiesView.render(state, in: body, pen: pen, into: &buffer)
    case .agreements: AgreementsView.render(state, in: body, pen: pen, into: &buffer)
    case .policies: PoliciesView.render(state, in: body, pen: pen, into: &buffer)
    case .timeline: TimelineView.render(state, in: body, pen: pen, into: &buffer)
    case .measures: MeasuresView.render(state, in: body, pen: pen, into: &buffer)
    case .help: HelpView.render(state, in: body, pen: pen, into: &buffer)
    case .filters: FilterPanelView.render(state, in: body, pen: pen, into: &buffer)
    case .city(let c): CityView.render(state, city: c, in: body, pen: pen, into: &buffer)
    case .tie(let a, let b): TieView.render(state, a, b, in: body, pen: pen, into: &buffer)
    case .agreement, .policy: RecordView.render(state, in: body, pen: pen, into: &buffer)
    }
  }
}

/// The notice drawn instead of the explorer when the terminal is below the minimum size.
enum TooSmallView {
  static func render(_ state: AppState, in area: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let need = AppState.minimumSize
    let lines = ["Terminal too small", "need \(need.width)x\(need.height)", "have \(state.size.width)x\(state.size.height)", "q quits"]
    let top = max(0, (area.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < area.height {
      let w = DisplayWidth.of(line)
      let x = max(0, (area.width - w) / 2)
      pen.put(&buffer, line, x: x, y: top + i, width: area.width - x, style: i == 0 ? Styles.warning : .plain)
    }
  }
}

/// Line 1: the program name and the top-level screens, the current one highlighted.
enum TabBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.bar))
    let labels = ScreenID.tabs.enumerated().map { i, tab in " \(i + 1) \(tab.kind.title)" }
    let labelsWidth = labels.reduce(0) { $0 + $1.count } + 1
    var name = state.asciiMode ? " Chengyu " : " 成渝 Chengyu "
    if DisplayWidth.of(name) + labelsWidth > rect.width { name = state.asciiMode ? " CY " : " 成渝 " }
    var x = rect.x + pen.put(&buffer, name, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .title, bg: .bar, bold: true))
    let current = state.stack[0]
    let full = labelsWidth <= rect.maxX - x
    for (i, tab) in ScreenID.tabs.enumerated() {
      let label = (full || tab == current ? labels[i] : " \(i + 1)") + (tab == current ? " " : "")
      let style = tab == current ? Style(fg: .title, bold: true, reverse: true) : Style(fg: .bar, bg: .bar)
      x += pen.put(&buffer, label, x: x, y: rect.y, width: rect.maxX - x, style: style)
    }
  }
}

/// Line 2: the active filter on the left, the counts it leaves on the right; always visible.
enum HeaderLine {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.header))
    let v = state.view
    let (n, m, a) = (v.graph.nodeCount, v.graph.tieCount, v.agreements.count)
    let filter = " Filter: " + summary(state.filter, state: state, pen: pen)
    // The longest form of the counts that leaves the filter its full width.
    let forms = ["\(n) cities \(pen.dot) \(m) ties \(pen.dot) \(a) agreements ", "\(n) cities \(m) ties \(a) agr. ", "\(n)c \(m)t \(a)a "]
    let counts = forms.first { DisplayWidth.of($0) + DisplayWidth.of(filter) + 1 <= rect.width } ?? forms[forms.count - 1]
    let cw = DisplayWidth.of(counts)
    let style = Style(fg: .header, bg: .header, bold: true)
    pen.put(&buffer, filter, x: rect.x, y: rect.y, width: max(0, rect.width - cw - 1), style: style)
    pen.put(&buffer, counts, x: max(rect.x, rect.maxX - cw), y: rect.y, width: rect.width, style: style)
  }

  /// The filter in words, e.g. "governance · 2016–2020 · in-region".
  static func summary(_ f: Filter, state: AppState, pen: Pen) -> String {
    var parts: [String] = []
    parts.append(f.families.count == 1 ? "\(f.families.first!.rawValue) (\(f.families.first!.letter))" : "all mechanisms")
    if !f.mechanisms.isEmpty { parts.append("types: " + f.mechanisms.sorted().joined(separator: ",")) }
    if !f.domains.isEmpty { parts.append("domains: " + f.domains.sorted().joined(separator: ",")) }
    if let y = f.years { parts.append(y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)\(pen.dash)\(y.upperBound)") }
    if !f.levels.isEmpty { parts.append("levels: " + f.levels.sorted().map(\.rawValue).joined(separator: ",")) }
    if f.inRegionOnly { parts.append("in-region") }
    if f.crossBorderOnly { parts.append("cross-border") }
    if !f.text.isEmpty { parts.append("text: \(f.text)") }
    if f.aggregation != .signed { parts.append("by \(f.aggregation.rawValue)") }
    if let s = state.search[state.screen], state.prompt == nil { parts.append("/\(s)") }
    return parts.joined(separator: " \(pen.dot) ")
  }
}

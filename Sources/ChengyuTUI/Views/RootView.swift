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
    if state.prompt?.kind == .export { ExportPanelView.render(state, in: chrome.body, pen: pen, into: &buffer) }
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

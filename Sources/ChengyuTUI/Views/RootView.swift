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
    if state.isFiltering && state.current.readsModel {
      // The model is still the older filter's: nothing of it is drawn as the new one's.
      WorkPlaceholder.renderFiltering(state, in: chrome.body, pen: pen, into: &buffer)
    } else {
      state.current.render(state, state.screen, in: chrome.body, pen: pen, into: &buffer)
    }
    if state.prompt?.kind == .command { PaletteView.render(state, in: chrome.body, pen: pen, into: &buffer) }
    if state.prompt?.kind == .export { ExportPanelView.render(state, in: chrome.body, pen: pen, into: &buffer) }
    if StatusBoxView.isNeeded(state, width: chrome.hint.width, pen: pen) {
      StatusBoxView.render(state, in: chrome.body, pen: pen, into: &buffer)
    }
    HintBar.render(state, in: chrome.hint, pen: pen, into: &buffer)
  }
}

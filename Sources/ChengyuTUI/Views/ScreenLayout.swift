/// Where the frame's parts go: the tab bar, the filter header, the body and the hint bar. Each
/// screen lays out its body in its own file (`ExplorerScreen.viewport`), from sizes only, so the
/// reducer pages by the rows the screen draws without calling any drawing code.
public enum ScreenLayout {
  /// The tab bar, the filter header, the body and the hint bar.
  public static func chrome(_ size: Size) -> (tabs: Rect, header: Rect, body: Rect, hint: Rect) {
    let parts = Layout.split(Rect(size), .vertical, [.length(1), .length(1), .fill(1), .length(1)])
    return (parts[0], parts[1], parts[2], parts[3])
  }

  /// Height of the body at the state's size.
  static func bodyRows(_ state: AppState) -> Int { chrome(state.size).body.height }
}

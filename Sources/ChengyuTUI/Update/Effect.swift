/// Work the reducer asks the runtime to do, since `reduce` itself touches nothing outside the
/// state (bubbletea's `Cmd`).
public enum Effect: Hashable, Sendable {
  /// Leave the explorer.
  case quit
  /// Repaint every row (after Ctrl-L or a resize).
  case redrawAll
}

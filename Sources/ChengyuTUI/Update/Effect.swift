import ChengyuCore

/// Work the reducer asks the runtime to do, since `reduce` itself touches nothing outside the
/// state (bubbletea's `Cmd`).
public enum Effect: Hashable, Sendable {
  /// Leave the explorer.
  case quit
  /// Repaint every row (after Ctrl-L or a resize).
  case redrawAll
  /// Write the current network (`AppState.view`) in `format` to `path` (a base name for formats
  /// with side files); `force` replaces existing files; `excel` starts CSV tables with a UTF-8
  /// byte-order mark (`chengyu export --excel`). The runtime answers with `Action.exportFinished`.
  case export(ExportFormat, path: String, force: Bool, excel: Bool = false)
}

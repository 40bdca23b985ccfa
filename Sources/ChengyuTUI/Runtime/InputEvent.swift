/// What a backend reports to the run loop.
public enum InputEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// The terminal now has this size; the next frame is drawn in full. Also sent after the
  /// process returns from a suspend (Ctrl-Z), when the screen must be repainted anyway.
  case resize(Size)
  /// The terminal went away or the process was asked to stop (SIGHUP, SIGTERM): the run loop
  /// ends without writing anything in progress.
  case hangup
  /// No input within the backend's idle timeout (only backends with one send it).
  case timeout
}

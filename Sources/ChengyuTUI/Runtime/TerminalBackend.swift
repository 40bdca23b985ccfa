/// The one interface between the run loop and a terminal (ncurses) or a test (headless).
///
/// All calls happen on the main actor: ncurses is not thread-safe and keeps global state.
@MainActor
public protocol TerminalBackend: AnyObject {
  /// The current size in columns and rows.
  var size: Size { get }

  /// Shows `frame`, rewriting only the listed rows (every row after a resize or redraw).
  func present(_ frame: ScreenBuffer, changedRows: [Int])

  /// Shows the cursor at a cell (the caret of a text input) or hides it (nil). Called after
  /// every frame, whether or not rows changed.
  func setCursor(_ position: (x: Int, y: Int)?)

  /// The physical screen is in doubt (after a resize, Ctrl-L, a suspend): the next `present`
  /// must repaint the terminal completely rather than trust what it believes is shown.
  func invalidate()

  /// Blocks until the next event, without a busy loop; nil when input has ended for good
  /// (a finished script, a closed input stream).
  func nextEvent() -> InputEvent?

  /// As `nextEvent()`, but returns `.timeout` when `timeout` passes without an event; nil
  /// waits without limit. Backends without a clock (scripts) deliver their next event, where a
  /// script writes `tick` for a timeout.
  func nextEvent(timeout: Duration?) -> InputEvent?

  /// Restores the terminal. Safe to call more than once.
  func shutdown()

  /// True when more keys are already waiting (typed ahead, pasted): the run loop handles them
  /// before drawing, so a long paste costs one frame, not one per character.
  var hasTypeahead: Bool { get }
}

extension TerminalBackend {
  /// Backends that cannot tell draw after every event.
  public var hasTypeahead: Bool { false }
}

extension TerminalBackend {
  public func nextEvent(timeout: Duration?) -> InputEvent? { nextEvent() }
}

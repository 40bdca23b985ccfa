/// What a program asks of the run loop after handling an event.
public enum ProgramStep: Hashable, Sendable {
  /// Render and keep going.
  case `continue`
  /// Render everything again, trusting nothing on screen (Ctrl-L after an SSH glitch).
  case redraw
  /// Stop the loop.
  case quit
}

/// A terminal program in the Elm style: events change state, state renders to a buffer.
///
/// `render` must draw the whole frame from state every time (immediate mode); the run loop
/// works out what changed.
public protocol TUIProgram {
  /// Updates state for one event.
  mutating func handle(_ event: InputEvent) -> ProgramStep
  /// Draws the current state into a fresh, blank buffer of the terminal's size.
  func render(into buffer: inout ScreenBuffer)
  /// Where the terminal cursor should sit after the frame is shown (the caret of a text input,
  /// so input-method candidate windows appear there), or nil to hide it.
  func cursor() -> (x: Int, y: Int)?
  /// How long the run loop may wait for input before sending `.timeout`: set only while
  /// something moves on its own (playing the growth, a layout running off the key path), so
  /// the idle program makes no wake-ups at all. Nil waits for input without limit.
  func wakeAfter() -> Duration?
}

extension TUIProgram {
  /// Nothing runs on its own: wait for input.
  public func wakeAfter() -> Duration? { nil }

  /// No text input: the cursor stays hidden.
  public func cursor() -> (x: Int, y: Int)? { nil }
}

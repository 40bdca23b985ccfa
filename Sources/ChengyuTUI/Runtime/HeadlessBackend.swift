/// A backend with no terminal: scripted events in, frames kept for inspection.
///
/// Used by the tests and by scripted runs (`--script keys --dump-screen`). `screen` is what a
/// real terminal would show: it is built only from the rows the run loop presented, so a row
/// the diff wrongly skipped shows up as stale text in assertions.
@MainActor
public final class HeadlessBackend: TerminalBackend {
  /// The current size; a scripted `.resize` changes it when the event is delivered.
  public private(set) var size: Size
  /// Events still to deliver.
  public var pending: ArraySlice<InputEvent> { script[nextIndex...] }
  /// The last frame passed to `present`.
  public private(set) var lastFrame: ScreenBuffer?
  /// Every presented frame, in order, for asserting intermediate states (empty unless
  /// `keepsHistory`).
  public private(set) var frames: [ScreenBuffer] = []
  /// The rows rewritten by each `present`, in order (empty unless `keepsHistory`).
  public private(set) var presentedRows: [[Int]] = []
  /// Number of frames presented.
  public private(set) var frameCount = 0
  /// Whether every frame is kept: tests inspect them; a scripted replay prints only the last
  /// screen, and 200,000 kept frames would take gigabytes.
  public let keepsHistory: Bool
  /// How many times the screen was invalidated (resize, redraw, first frame).
  public private(set) var invalidations = 0
  /// Where the cursor is shown after the last frame, or nil when hidden.
  public private(set) var cursor: (x: Int, y: Int)?
  /// How many times `shutdown` was called.
  public private(set) var shutdownCount = 0
  /// The simulated terminal contents.
  public private(set) var screen: ScreenBuffer
  private var invalidated = true
  /// The whole script and the position of the next event (no O(n) removal per event).
  private var script: [InputEvent]
  private var nextIndex = 0

  /// A backend of `size` that will deliver `events` in order, then report the end of input.
  public init(size: Size, events: [InputEvent] = [], keepsHistory: Bool = true) {
    self.size = size
    script = events
    self.keepsHistory = keepsHistory
    screen = ScreenBuffer(size: size)
  }

  /// Adds events to the end of the script.
  public func enqueue(_ events: InputEvent...) { script.append(contentsOf: events) }

  public func present(_ frame: ScreenBuffer, changedRows: [Int]) {
    if invalidated || screen.size != frame.size {
      screen = ScreenBuffer(size: frame.size)  // a cleared terminal: stale rows stay blank
      invalidated = false
    }
    var next = screen
    for y in changedRows where y >= 0 && y < frame.size.height {
      for x in 0..<frame.size.width { next[x: x, y: y] = frame[x: x, y: y] }
    }
    screen = next
    lastFrame = frame
    frameCount += 1
    if keepsHistory {
      frames.append(frame)
      presentedRows.append(changedRows)
    }
  }

  public func setCursor(_ position: (x: Int, y: Int)?) { cursor = position }

  public func invalidate() {
    invalidated = true
    invalidations += 1
  }

  public func nextEvent() -> InputEvent? {
    guard nextIndex < script.count else { return nil }
    let event = script[nextIndex]
    nextIndex += 1
    if case .resize(let s) = event { size = s }
    return event
  }

  public func shutdown() { shutdownCount += 1 }
}

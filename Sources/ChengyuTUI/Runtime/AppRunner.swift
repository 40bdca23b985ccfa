/// The event loop: event → program → render → diff → present.
public enum AppRunner {
  /// Why the loop ended.
  public enum Outcome: Hashable, Sendable {
    /// The program returned `.quit`.
    case quit
    /// The backend reported `.hangup` (SIGHUP/SIGTERM, lost terminal).
    case hangup
    /// The backend has no more events (end of a key script).
    case inputEnded
  }

  /// Runs `program` on `backend` until it quits or input ends.
  ///
  /// The program first receives `.resize(backend.size)` so it knows the starting size. Each
  /// frame is rendered into a fresh buffer of the backend's current size and only changed rows
  /// are presented, then the cursor is placed (or hidden) as `program.cursor()` says; a resize
  /// or a `.redraw` step invalidates the screen and repaints every row. Keys typed ahead are
  /// handled before the next frame is drawn.
  /// On `.hangup` the program sees the event, then the loop ends without rendering. The caller
  /// shuts the backend down (`defer { backend.shutdown() }`).
  @MainActor
  @discardableResult
  public static func run<P: TUIProgram>(_ program: inout P, backend: TerminalBackend) -> Outcome {
    var previous: ScreenBuffer? = nil
    var event: InputEvent? = .resize(backend.size)
    while let current = event {
      switch current {
      case .hangup:
        _ = program.handle(.hangup)
        return .hangup
      case .resize:
        previous = nil
      default:
        break
      }
      switch program.handle(current) {
      case .quit: return .quit
      case .redraw: previous = nil
      case .continue: break
      }
      if backend.hasTypeahead {
        event = backend.nextEvent()
        continue
      }
      if previous == nil { backend.invalidate() }
      var frame = ScreenBuffer(size: backend.size)
      program.render(into: &frame)
      let rows = FrameDiff.changedRows(from: previous, to: frame)
      if !rows.isEmpty { backend.present(frame, changedRows: rows) }
      backend.setCursor(program.cursor())
      previous = frame
      event = backend.nextEvent(timeout: program.wakeAfter())
    }
    return .inputEnded
  }
}

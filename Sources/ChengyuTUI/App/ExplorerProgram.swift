import ChengyuCore

/// The explorer as a `TUIProgram`: keys go through the keymap to actions, actions through
/// `reduce`, and `RootView` draws the state. Run it with `AppRunner.run(&program, backend:)`.
public struct ExplorerProgram: TUIProgram {
  /// The current state (read it in tests, or after the loop ends).
  public private(set) var state: AppState

  /// An explorer on `dataset`, opening on the Cities screen. `asciiMode` shows pinyin names
  /// and ASCII glyphs (for non-UTF-8 terminals); `monochrome` is recorded for the theme;
  /// `filter` is the starting filter (e.g. from the command line's filter options). The run
  /// loop sends the real size first, so `size` matters only without one. `notice` (e.g. the
  /// backend's locale fallback message) is shown in the hint bar until the first key.
  public init(dataset: Dataset, asciiMode: Bool = false, monochrome: Bool = false, filter: Filter = Filter(),
              notice: String? = nil, size: Size = Size(width: 80, height: 24)) {
    state = AppState(dataset: dataset, size: size, asciiMode: asciiMode, monochrome: monochrome, filter: filter)
    state.status = notice
  }

  /// An explorer around an existing state.
  public init(state: AppState) { self.state = state }

  /// Turns an event into an action (keys through `action(for:in:)`), reduces it, and tells the
  /// run loop whether to quit or repaint everything.
  public mutating func handle(_ event: InputEvent) -> ProgramStep {
    let action: Action?
    switch event {
    case .key(let key): action = ExplorerProgram.action(for: key, in: state)
    case .resize(let size): action = .resize(size)
    case .hangup: action = .quit
    case .timeout: action = nil
    }
    guard let action else { return .continue }
    let effects = reduce(&state, action)
    if effects.contains(.quit) { return .quit }
    if effects.contains(.redrawAll) { return .redraw }
    return .continue
  }

  /// Draws the state with `RootView`, laid out for the buffer's size.
  public func render(into buffer: inout ScreenBuffer) {
    if buffer.size == state.size {
      RootView.render(state, into: &buffer)
    } else {
      var sized = state
      sized.size = buffer.size
      RootView.render(sized, into: &buffer)
    }
  }

  /// What a key means in a state: text editing while a prompt is open, only quitting on the
  /// "too small" screen, else the command the keymap binds on the current screen.
  public static func action(for key: Key, in state: AppState) -> Action? {
    if state.isTooSmall {
      return key == .char("q") || key == .ctrl("c") ? .quit : nil
    }
    if let prompt = state.prompt {
      switch key {
      case .char(let c): return .promptInput(String(c))
      case .backspace: return prompt.text.isEmpty ? .promptCancel : .promptBackspace
      case .enter: return .promptCommit
      case .escape, .ctrl("c"), .ctrl("g"): return .promptCancel
      case .ctrl("u"): return .promptClear
      case .up, .ctrl("p"): return prompt.kind == .command ? .promptChoice(-1) : nil
      case .down, .ctrl("n"): return prompt.kind == .command ? .promptChoice(1) : nil
      default: return nil
      }
    }
    return Keymap.command(forKey: key.description, on: state.screen.kind)?.action
  }
}

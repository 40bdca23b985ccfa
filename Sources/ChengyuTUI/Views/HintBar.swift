import ChengyuCore

/// The bottom line: the prompt while one is open, else a status message, else the most useful
/// keys of the current screen (from the command registry).
enum HintBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.hint))
    if let prompt = state.prompt {
      let line = promptLine(prompt, in: rect, pen: pen)
      pen.put(&buffer, line.text, x: rect.x, y: rect.y, width: line.width, style: Style(fg: .accent, bold: true))
      if prompt.takesText {
        pen.put(&buffer, "_", x: rect.x + line.caret, y: rect.y, width: 1, style: Style(fg: .accent, reverse: true))
      }
      pen.put(&buffer, line.tail, x: rect.maxX - DisplayWidth.of(line.tail), y: rect.y, width: DisplayWidth.of(line.tail),
              style: Style(fg: .hint, bg: .hint))
      return
    }
    if let status = state.status {
      pen.put(&buffer, " " + status, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .accent, bg: .hint, bold: true))
      return
    }
    var x = rect.x + 1
    for (key, label) in hints(for: state.screen.kind, pane: state.focusedPane, width: rect.width - 1) {
      x += pen.put(&buffer, key, x: x, y: rect.y, width: rect.maxX - x, style: Style(fg: .hint, bg: .hint, bold: true))
      x += pen.put(&buffer, " \(label)  ", x: x, y: rect.y, width: rect.maxX - x, style: Style(fg: .hint, bg: .hint))
    }
  }

  /// The prompt as drawn: its text (the end kept when too long, so the caret stays in view), the
  /// columns it may use, the caret's column from the left of the bar, and the keys on the right.
  static func promptLine(_ prompt: PromptState, in rect: Rect, pen: Pen) -> (text: String, width: Int, caret: Int, tail: String) {
    let tail: String
    switch prompt.kind {
    case .search: tail = "Enter keep  Esc cancel"
    case .command: tail = "Enter run  Esc cancel"
    case .export: tail = "Enter write  Esc cancel"
    case .overwrite: tail = "y overwrite  n keep"
    }
    let width = max(0, rect.width - DisplayWidth.of(tail) - 2)
    if case .overwrite(_, _, let existing) = prompt.kind {
      // A question has no caret: it keeps its words, and a long path loses its start, not its
      // file name ("Overwrite …/out/net.json? (y/n)").
      var name = pen.fold(existing)
      let words = DisplayWidth.of(PromptState.overwriteQuestion(""))
      if words + DisplayWidth.of(name) > width {
        while !name.isEmpty && words + 1 + DisplayWidth.of(name) > width { name.removeFirst() }
        name = pen.ellipsis + name
      }
      let text = DisplayWidth.truncate(PromptState.overwriteQuestion(name), to: width, ellipsis: pen.ellipsis)
      return (text, width, DisplayWidth.of(text), tail)
    }
    var text = pen.fold(prompt.symbol + prompt.text)
    // Leave a column for the caret after the text.
    while DisplayWidth.of(text) > width - 1 && !text.isEmpty { text.removeFirst() }
    return (text, width, min(DisplayWidth.of(text), max(0, width - 1)), tail)
  }

  /// Where the terminal cursor belongs: at the caret of an open prompt (input methods put their
  /// candidate window there), or nil to hide it.
  static func caret(_ state: AppState) -> (x: Int, y: Int)? {
    guard let prompt = state.prompt, !state.isTooSmall else { return nil }
    let rect = ScreenLayout.chrome(state.size).hint
    return (rect.x + promptLine(prompt, in: rect, pen: Pen(ascii: state.asciiMode)).caret, rect.y)
  }

  /// (key, label) pairs that fit in `width`; help and quit are always kept, others dropped from
  /// the end first. Enter and the city screen's pane keys are labelled for what they do here.
  static func hints(for kind: ScreenKind, pane: Int = 0, width: Int) -> [(String, String)] {
    var items = CommandRegistry.active(on: kind).compactMap { c -> (String, String)? in
      guard let label = hintLabel(c, on: kind, pane: pane), let key = c.keys.first else { return nil }
      return (Keymap.display(key), label)
    }
    let keep = items.filter { $0.1 == "help" || $0.1 == "quit" }
    items.removeAll { $0.1 == "help" || $0.1 == "quit" }
    func total(_ list: [(String, String)]) -> Int {
      list.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 }
    }
    while !items.isEmpty && total(items + keep) > width { items.removeLast() }
    return items + keep
  }

  /// A command's hint on a screen, or nil when it has none there: the screen decides (Enter is
  /// labelled for what it does there, or hidden where it does nothing).
  static func hintLabel(_ c: Command, on kind: ScreenKind, pane: Int) -> String? {
    guard let screen = ScreenRegistry.screen(for: kind) else { return c.hint }
    return screen.hintLabel(c, pane: pane)
  }
}

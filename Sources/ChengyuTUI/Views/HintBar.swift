import ChengyuCore

/// The bottom line: the prompt while one is open, else a status message, else the most useful
/// keys of the current screen (from the command registry).
enum HintBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.hint))
    if let prompt = state.prompt {
      let line = promptLine(prompt, in: rect, pen: pen, state: state)
      pen.put(&buffer, line.text, x: rect.x, y: rect.y, width: line.width, style: Style(fg: .accent, bold: true))
      if prompt.takesText {
        pen.put(&buffer, "_", x: rect.x + line.caret, y: rect.y, width: 1, style: Style(fg: .accent, reverse: true))
      }
      pen.put(&buffer, line.tail, x: rect.maxX - DisplayWidth.of(line.tail), y: rect.y, width: DisplayWidth.of(line.tail),
              style: Style(fg: .hint, bg: .hint))
      return
    }
    if let status = state.status {
      // Too long for the bar: its start here, with an ellipsis, and the whole of it in the box
      // above (StatusBoxView).
      let line = DisplayWidth.truncate(pen.fold(" " + status), to: rect.width, ellipsis: pen.ellipsis)
      pen.put(&buffer, line, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .accent, bg: .hint, bold: true))
      return
    }
    var x = rect.x + 1
    for (key, label) in hints(for: state.screen.kind, pane: state.focusedPane, width: rect.width - 1, language: state.lang) {
      x += pen.put(&buffer, key, x: x, y: rect.y, width: rect.maxX - x, style: Style(fg: .hint, bg: .hint, bold: true))
      x += pen.put(&buffer, " \(label)  ", x: x, y: rect.y, width: rect.maxX - x, style: Style(fg: .hint, bg: .hint))
    }
  }

  /// The prompt as drawn: its text (the end kept when too long, so the caret stays in view), the
  /// columns it may use, the caret's column from the left of the bar, and the keys on the right.
  static func promptLine(_ prompt: PromptState, in rect: Rect, pen: Pen, state: AppState)
    -> (text: String, width: Int, caret: Int, tail: String)
  {
    let tail: String
    switch prompt.kind {
    case .search: tail = state.t(TUIMsg.promptSearchKeys)
    case .command: tail = state.t(TUIMsg.promptCommandKeys)
    case .export: tail = state.t(TUIMsg.promptExportKeys)
    case .periods: tail = state.t(TUIAnalysisMsg.periodsKeys)
    case .overwrite: tail = state.t(TUIMsg.promptOverwriteKeys)
    }
    let width = max(0, rect.width - DisplayWidth.of(tail) - 2)
    if case .overwrite(_, _, let existing, _) = prompt.kind {
      // A question has no caret: it keeps its words, and a long path loses its start, not its
      // file name ("Overwrite …/out/net.json? (y/n)").
      var name = pen.fold(existing)
      let words = DisplayWidth.of(state.t(TUIMsg.promptOverwrite, ""))
      if words + DisplayWidth.of(name) > width {
        name = pen.ellipsis + DisplayWidth.suffix(name, columns: max(0, width - words - 1)).text
      }
      let text = DisplayWidth.truncate(state.t(TUIMsg.promptOverwrite, name), to: width, ellipsis: pen.ellipsis)
      return (text, width, DisplayWidth.of(text), tail)
    }
    // The end of the text stays in view, with a column left for the caret after it.
    var symbol = prompt.symbol
    if case .export = prompt.kind { symbol = state.t(TUIMsg.promptExport) }
    if case .periods = prompt.kind { symbol = state.t(TUIAnalysisMsg.periodsPrompt) }
    let (text, shown) = DisplayWidth.suffix(pen.fold(symbol + prompt.text), columns: max(0, width - 1))
    return (text, width, shown, tail)
  }

  /// Where the terminal cursor belongs: at the caret of an open prompt (input methods put their
  /// candidate window there), or nil to hide it.
  static func caret(_ state: AppState) -> (x: Int, y: Int)? {
    guard let prompt = state.prompt, !state.isTooSmall else { return nil }
    let rect = ScreenLayout.chrome(state.size).hint
    return (rect.x + promptLine(prompt, in: rect, pen: Pen(ascii: state.asciiMode), state: state).caret, rect.y)
  }

  /// (key, label) pairs that fit in `width`; help and quit are always kept, others dropped from
  /// the end first. Enter and the city screen's pane keys are labelled for what they do here.
  static func hints(for kind: ScreenKind, pane: Int = 0, width: Int, language: Language = .en) -> [(String, String)] {
    var items = CommandRegistry.active(on: kind).compactMap { c -> (String, String, Bool)? in
      guard let label = hintLabel(c, on: kind, pane: pane), let key = c.keys.first else { return nil }
      return (Keymap.display(key), TUIHintMsg.label(label, language), label == "help" || label == "quit")
    }
    let keep = items.filter(\.2).map { ($0.0, $0.1) }
    items.removeAll(where: \.2)
    func total(_ list: [(String, String)]) -> Int {
      list.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 }
    }
    var shown = items.map { ($0.0, $0.1) }
    while !shown.isEmpty && total(shown + keep) > width { shown.removeLast() }
    return shown + keep
  }

  /// A command's hint on a screen, or nil when it has none there: the screen decides (Enter is
  /// labelled for what it does there, or hidden where it does nothing).
  static func hintLabel(_ c: Command, on kind: ScreenKind, pane: Int) -> String? {
    guard let screen = ScreenRegistry.screen(for: kind) else { return c.hint }
    return screen.hintLabel(c, pane: pane)
  }
}

import ChengyuCore

/// The bottom line: the prompt while one is open, else a status message, else the most useful
/// keys of the current screen (from the command registry).
enum HintBar {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.hint))
    if let prompt = state.prompt {
      let tail = prompt.kind == .search ? "Enter keep  Esc cancel" : "Enter run  Esc cancel"
      let tw = DisplayWidth.of(tail)
      let x = rect.x + pen.put(&buffer, prompt.symbol + prompt.text, x: rect.x, y: rect.y, width: rect.width - tw - 2, style: Style(fg: .accent, bold: true))
      pen.put(&buffer, "_", x: x, y: rect.y, width: 1, style: Style(fg: .accent, reverse: true))
      pen.put(&buffer, tail, x: rect.maxX - tw, y: rect.y, width: tw, style: Style(fg: .hint, bg: .hint))
      return
    }
    if let status = state.status {
      pen.put(&buffer, " " + status, x: rect.x, y: rect.y, width: rect.width, style: Style(fg: .accent, bg: .hint, bold: true))
      return
    }
    var x = rect.x + 1
    for (key, label) in hints(for: state.screen.kind, width: rect.width - 1) {
      x += pen.put(&buffer, key, x: x, y: rect.y, width: rect.maxX - x, style: Style(fg: .hint, bg: .hint, bold: true))
      x += pen.put(&buffer, " \(label)  ", x: x, y: rect.y, width: rect.maxX - x, style: Style(fg: .hint, bg: .hint))
    }
  }

  /// (key, label) pairs that fit in `width`; help and quit are always kept, others dropped from
  /// the end first.
  static func hints(for kind: ScreenKind, width: Int) -> [(String, String)] {
    var items = CommandRegistry.active(on: kind).compactMap { c -> (String, String)? in
      guard let hint = c.hint, let key = c.keys.first else { return nil }
      return (Keymap.display(key), hint)
    }
    let keep = items.filter { $0.1 == "help" || $0.1 == "quit" }
    items.removeAll { $0.1 == "help" || $0.1 == "quit" }
    func total(_ list: [(String, String)]) -> Int {
      list.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 }
    }
    while !items.isEmpty && total(items + keep) > width { items.removeLast() }
    return items + keep
  }
}

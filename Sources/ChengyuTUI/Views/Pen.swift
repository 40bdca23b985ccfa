import ChengyuCore

/// Draws text and glyphs for the current mode: box and block glyphs, or their ASCII stand-ins
/// (non-UTF-8 terminals), where any other non-ASCII character becomes "?".
struct Pen {
  let ascii: Bool

  var vbar: String { ascii ? "|" : "│" }
  var hbar: String { ascii ? "-" : "─" }
  /// Bar glyphs: governance solid, collaboration shaded, so they differ without colour.
  var governanceBar: String { ascii ? "#" : "█" }
  var collaborationBar: String { ascii ? "=" : "▒" }
  var milestone: String { ascii ? "*" : "◆" }
  var dot: String { ascii ? "-" : "·" }
  var chevron: String { ascii ? ">" : "›" }
  var ellipsis: String { ascii ? "~" : "…" }
  var dash: String { ascii ? "-" : "–" }
  func arrow(descending: Bool) -> String { ascii ? (descending ? "v" : "^") : (descending ? "↓" : "↑") }

  /// Text as drawn in this mode.
  func fold(_ s: String) -> String {
    guard ascii, s.unicodeScalars.contains(where: { !$0.isASCII }) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u {
      case "–", "—": out.append("-")
      case "·": out.append("-")
      default: out.append(u.isASCII ? u : "?")
      }
    }
    return String(out)
  }

  /// Draws `text` clipped to `width` columns; returns the columns used.
  @discardableResult
  func put(_ buffer: inout ScreenBuffer, _ text: String, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
    buffer.put(fold(text), x: x, y: y, maxWidth: width, style: style, ellipsis: ellipsis)
  }

  /// Draws `text` padded or cut to exactly `width` columns (numbers right-aligned).
  func cell(_ buffer: inout ScreenBuffer, _ text: String, x: Int, y: Int, width: Int, right: Bool = false, style: Style = .plain) {
    let t = fold(text)
    let w = DisplayWidth.of(t)
    let shown = w > width ? t : (right ? String(repeating: " ", count: width - w) + t : t)
    buffer.put(shown, x: x, y: y, maxWidth: width, style: style, ellipsis: ellipsis)
  }

  /// A horizontal rule across `rect`'s first row, with an optional title.
  func rule(_ buffer: inout ScreenBuffer, _ rect: Rect, title: String = "", style: Style = Style(fg: .border)) {
    guard rect.height > 0, rect.width > 0 else { return }
    put(&buffer, String(repeating: hbar, count: rect.width), x: rect.x, y: rect.y, width: rect.width, style: style)
    if !title.isEmpty { put(&buffer, " \(title) ", x: rect.x + 1, y: rect.y, width: rect.width - 2, style: Styles.title) }
  }

  /// A vertical line down `rect`'s first column.
  func vline(_ buffer: inout ScreenBuffer, _ rect: Rect) {
    for y in rect.y..<rect.maxY { put(&buffer, vbar, x: rect.x, y: y, width: 1, style: Style(fg: .border)) }
  }
}

import ChengyuCore

/// A status message too wide for the hint bar (a long export error naming a deep path) is shown
/// whole in a box above it, wrapped by display width; the bar keeps its start. The box goes with
/// the message, at the next key.
enum StatusBoxView {
  /// True when the status does not fit the bar of `width` columns (with its leading space).
  static func isNeeded(_ state: AppState, width: Int, pen: Pen) -> Bool {
    guard state.prompt == nil, let status = state.status else { return false }
    return DisplayWidth.of(pen.fold(" " + status)) > width
  }

  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard let status = state.status, body.height > 1, body.width > 2 else { return }
    // At most half the body, so the screen the message is about stays in view.
    let maxLines = max(1, body.height / 2 - 1)
    var lines = Format.wrap(pen.fold(status), width: body.width - 2)
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      lines[maxLines - 1] = DisplayWidth.truncate(lines[maxLines - 1] + pen.ellipsis, to: body.width - 2, ellipsis: pen.ellipsis)
    }
    let height = lines.count + 1
    let rect = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
    buffer.fill(rect, style: .plain)
    pen.rule(&buffer, rect, title: state.t(TUIStatusMsg.messageTitle))
    for (i, line) in lines.enumerated() {
      pen.put(&buffer, " " + line, x: rect.x, y: rect.y + 1 + i, width: rect.width, style: Styles.label)
    }
  }
}

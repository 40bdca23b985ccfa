import ChengyuCore

/// The notice drawn instead of the explorer when the terminal is below the minimum size.
enum TooSmallView {
  static func render(_ state: AppState, in area: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let need = AppState.minimumSize
    let lines = [state.t(TUIMsg.tooSmall), state.t(TUIMsg.tooSmallNeed, need.width, need.height),
                 state.t(TUIMsg.tooSmallHave, state.size.width, state.size.height), state.t(TUIMsg.tooSmallQuit)]
    let top = max(0, (area.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < area.height {
      let w = DisplayWidth.of(line)
      let x = max(0, (area.width - w) / 2)
      pen.put(&buffer, line, x: x, y: top + i, width: area.width - x, style: i == 0 ? Styles.warning : .plain)
    }
  }
}

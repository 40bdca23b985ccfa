import ChengyuCore

/// The explorer's loading screen: what is loaded, a bar of the share read and checked, and the
/// one key that works meanwhile (`q`).
public enum LoadingView {
  /// Draws the screen for `folder` at `progress` (0…1) into the whole buffer.
  public static func render(folder: String, progress: Double, language: Language, ascii: Bool,
                            into buffer: inout ScreenBuffer) {
    let pen = Pen(ascii: ascii)
    let lang: Language = ascii ? .en : language  // ASCII terminals cannot draw Chinese
    buffer.fill(buffer.area, style: .plain)
    let size = buffer.size
    guard size.width > 0, size.height > 0 else { return }
    let width = max(1, min(size.width - 4, 60))
    let x = max(0, (size.width - width) / 2)
    let top = max(0, size.height / 2 - 2)
    let done = min(1, max(0, progress))
    let filled = Int((done * Double(width - 2)).rounded(.down))
    let (full, empty) = ascii ? ("#", "-") : ("█", "░")
    let bar = "[" + String(repeating: full, count: filled) + String(repeating: empty, count: width - 2 - filled) + "]"
    let lines: [(String, Style)] = [
      (WorkMsg.loadingTitle.text(lang), Styles.title),
      (WorkMsg.loadingFolder.text(lang, TextSanitizer.clean(folder)), .plain),
      (bar, Styles.label),
      (WorkMsg.loadingProgress.text(lang, Int(done * 100)), Styles.dim),
    ]
    for (i, line) in lines.enumerated() where top + i < size.height - 1 {
      pen.put(&buffer, line.0, x: x, y: top + i, width: width, style: line.1)
    }
    pen.put(&buffer, " " + WorkMsg.loadingQuit.text(lang), x: 0, y: size.height - 1, width: size.width,
            style: Style.role(.hint))
  }
}

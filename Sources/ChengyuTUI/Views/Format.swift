import ChengyuCore

/// Number and text formatting without Foundation.
enum Format {
  /// `x` with `digits` decimals, as the command line prints it; "–" when not finite.
  static func fixed(_ x: Double, _ digits: Int) -> String {
    x.isFinite ? NumberFormat.fixed(x, digits: digits) : "–"
  }

  /// Lines of at most `width` columns: breaks after spaces when it can, anywhere otherwise
  /// (Chinese has no spaces).
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var lastSpace: String.Index?
    for c in text {
      let w = DisplayWidth.of(c)
      if lineWidth + w > width {
        if let space = lastSpace, c != " " {
          let rest = String(line[line.index(after: space)...])
          lines.append(String(line[..<space]))
          line = rest
        } else {
          lines.append(line)
          line = ""
        }
        lineWidth = DisplayWidth.of(line)
        lastSpace = nil
        if c == " " && line.isEmpty { continue }
      }
      if c == " " { lastSpace = line.endIndex }
      line.append(c)
      lineWidth += w
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}

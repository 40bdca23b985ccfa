import ChengyuCore

/// A drawing surface over a block of cells, after ratatui's `Canvas`: shapes are painted as dots
/// on a grid of 2×4 dots per cell (braille, U+2800…U+28FF), in the order they are painted (later
/// paint wins a cell's style, so paint light things first), then markers replace whole cells and
/// labels are printed last, on top of everything.
///
/// In ASCII mode the same dot geometry is kept, but a cell with dots shows the character its
/// last line asked for (`-`, `|`, `/`, `\`, `.` or `#`), so pictures are the same shape.
struct BrailleCanvas {
  /// How a painted cell looks in ASCII mode.
  enum Stroke: Sendable {
    /// Thin or dotted: `.`.
    case light
    /// A line drawn with the character of its slope.
    case slope
    /// Heavy: `#`.
    case heavy
  }

  let width: Int
  let height: Int
  let ascii: Bool
  private var dots: [UInt8]
  private var styles: [Style]
  private var asciiGlyph: [Character]
  private var markers: [(glyph: String, style: Style)?]
  private var labels: [(x: Int, y: Int, text: String, style: Style)] = []

  /// Dots across and down.
  var dotWidth: Int { width * 2 }
  var dotHeight: Int { height * 4 }

  init(width: Int, height: Int, ascii: Bool) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.ascii = ascii
    let n = self.width * self.height
    dots = [UInt8](repeating: 0, count: n)
    styles = [Style](repeating: .plain, count: n)
    asciiGlyph = [Character](repeating: " ", count: n)
    markers = Array(repeating: nil, count: n)
  }

  /// Bit of the dot at (dx, dy) inside a braille cell (Unicode's dot numbering 1–8).
  private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

  /// Sets one dot (dot coordinates; outside the canvas does nothing).
  mutating func dot(_ x: Int, _ y: Int, style: Style, ascii char: Character = ".") {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let c = (y / 4) * width + x / 2
    dots[c] |= BrailleCanvas.bits[x % 2][y % 4]
    styles[c] = style
    asciiGlyph[c] = char
  }

  /// A straight line between two dot positions (Bresenham); with `every` > 1 only every n-th
  /// dot is set (a dotted line). Points far outside are clipped first so a zoomed-in view does
  /// not walk millions of invisible dots.
  mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), style: Style,
                     stroke: Stroke = .slope, every: Int = 1) {
    guard let (p, q) = clip(a, b) else { return }
    var x0 = Int(p.x.rounded(.down)), y0 = Int(p.y.rounded(.down))
    let x1 = Int(q.x.rounded(.down)), y1 = Int(q.y.rounded(.down))
    let char = asciiChar(dx: x1 - x0, dy: y1 - y0, stroke: stroke)
    let dx = abs(x1 - x0), dy = -abs(y1 - y0)
    let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
    var err = dx + dy
    var n = 0
    while true {
      if n % max(1, every) == 0 { dot(x0, y0, style: style, ascii: char) }
      n += 1
      if x0 == x1 && y0 == y1 { break }
      let e2 = 2 * err
      if e2 >= dy { err += dy; x0 += sx }
      if e2 <= dx { err += dx; y0 += sy }
    }
  }

  /// The ASCII character for a line of this direction (dot units: a cell is 2 wide, 4 tall).
  private func asciiChar(dx: Int, dy: Int, stroke: Stroke) -> Character {
    switch stroke {
    case .light: return "."
    case .heavy: return "#"
    case .slope:
      // In cells the run is dx/2 and the rise dy/4; compare them for the slope's character.
      let run = Double(abs(dx)) / 2, rise = Double(abs(dy)) / 4
      if rise <= run * 0.4 { return "-" }
      if run <= rise * 0.4 { return "|" }
      return (dx > 0) == (dy > 0) ? "\\" : "/"
    }
  }

  /// Liang–Barsky clipping to the dot area (with a one-dot margin); nil when the segment misses it.
  private func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> ((x: Double, y: Double), (x: Double, y: Double))? {
    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
    let (xmin, ymin, xmax, ymax) = (-1.0, -1.0, Double(dotWidth), Double(dotHeight))
    let dx = b.x - a.x, dy = b.y - a.y
    var t0 = 0.0, t1 = 1.0
    for (p, q) in [(-dx, a.x - xmin), (dx, xmax - a.x), (-dy, a.y - ymin), (dy, ymax - a.y)] {
      if p == 0 {
        if q < 0 { return nil }
      } else {
        let r = q / p
        if p < 0 { if r > t1 { return nil }; if r > t0 { t0 = r } } else { if r < t0 { return nil }; if r < t1 { t1 = r } }
      }
    }
    return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
  }

  /// Replaces the whole cell holding dot (x, y) with a one-column glyph.
  mutating func marker(atDot x: Double, _ y: Double, glyph: String, style: Style) {
    guard let c = cell(ofDot: x, y) else { return }
    markers[c.y * width + c.x] = (glyph, style)
  }

  /// The cell holding dot (x, y), or nil outside.
  func cell(ofDot x: Double, _ y: Double) -> (x: Int, y: Int)? {
    guard x.isFinite, y.isFinite, x >= 0, y >= 0 else { return nil }
    let cx = Int(x) / 2, cy = Int(y) / 4
    return cx < width && cy < height ? (cx, cy) : nil
  }

  /// Whether a cell holds a marker.
  func hasMarker(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height && markers[y * width + x] != nil }

  /// Text printed on top of everything at cell (x, y).
  mutating func label(_ text: String, x: Int, y: Int, style: Style) {
    labels.append((x, y, text, style))
  }

  /// Draws the canvas into `rect` of the buffer (the canvas is clipped to the rect).
  func render(in rect: Rect, into buffer: inout ScreenBuffer) {
    for cy in 0..<min(height, rect.height) {
      for cx in 0..<min(width, rect.width) {
        let i = cy * width + cx
        let (bx, by) = (rect.x + cx, rect.y + cy)
        guard buffer.inBounds(bx, by) else { continue }
        if let m = markers[i] {
          buffer[x: bx, y: by] = Cell(grapheme: m.glyph, width: 1, style: m.style)
        } else if dots[i] != 0 {
          let g = ascii ? String(asciiGlyph[i]) : String(Character(Unicode.Scalar(0x2800 + UInt32(dots[i]))!))
          buffer[x: bx, y: by] = Cell(grapheme: g, width: 1, style: styles[i])
        }
      }
    }
    for l in labels where l.y >= 0 && l.y < min(height, rect.height) && l.x >= 0 && l.x < rect.width {
      buffer.put(l.text, x: rect.x + l.x, y: rect.y + l.y, maxWidth: min(width, rect.width) - l.x, style: l.style,
                 ellipsis: ascii ? "~" : "…")
    }
  }
}

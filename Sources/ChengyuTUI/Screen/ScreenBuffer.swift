import ChengyuCore

/// An in-memory grid of cells that views draw into each frame (ratatui's immediate mode).
///
/// Invariant: a cell of width 2 is always followed by a continuation cell, a continuation cell
/// always follows a width-2 cell, and the last column never holds a width-2 cell. Every write
/// keeps it, repairing a wide glyph that is half overwritten by turning it into a blank.
public struct ScreenBuffer: Hashable, Sendable {
  /// Columns and rows.
  public let size: Size
  /// Cells, row by row.
  public private(set) var cells: [Cell]

  /// A buffer of blank plain cells.
  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank(), count: size.width * size.height)
  }

  /// The whole buffer as a rectangle.
  public var area: Rect { Rect(size) }

  /// The cell at column x, row y. Setting a width-2 cell also writes its continuation; a wide
  /// cell in the last column or a stray continuation becomes a blank.
  public subscript(x x: Int, y y: Int) -> Cell {
    get {
      precondition(inBounds(x, y), "cell (\(x),\(y)) outside \(size)")
      return cells[y * size.width + x]
    }
    set { write(newValue, x: x, y: y) }
  }

  /// The cells of row y.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    cells[(y * size.width)..<((y + 1) * size.width)]
  }

  /// Blanks every cell of `rect` (clipped to the buffer) in `style`.
  public mutating func fill(_ rect: Rect, style: Style) {
    let r = rect.intersection(area)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { write(.blank(style), x: x, y: y) }
    }
  }

  /// Draws `text` from column x on row y, within `maxWidth` columns and the buffer's right edge.
  ///
  /// The only text entry point: sanitizes with `TextSanitizer.clean` (escape sequences never
  /// reach a cell), measures with `DisplayWidth`, and when the text is cut ends it in
  /// `ellipsis`, padding with a space where a wide glyph would straddle the edge. Returns the
  /// columns written (the full limit when cut).
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, maxWidth: Int, style: Style, ellipsis: String = "…"
  ) -> Int {
    guard y >= 0, y < size.height, x >= 0, x < size.width, maxWidth > 0 else { return 0 }
    let limit = min(maxWidth, size.width - x)
    let clean = TextSanitizer.clean(text)
    let fitted = DisplayWidth.truncate(clean, to: limit, ellipsis: ellipsis)
    var col = x
    for c in fitted {
      let w = DisplayWidth.of(c)
      guard w > 0 else { continue }  // a lone zero-width cluster has no cell of its own
      guard col + w <= x + limit else { break }  // defensive: truncate already fits the limit
      write(Cell(grapheme: String(c), width: UInt8(w), style: style), x: col, y: y)
      col += w
    }
    return col - x
  }

  /// Each row as text: continuation cells skipped, trailing spaces kept, so every line is
  /// exactly `size.width` columns wide.
  public var lines: [String] {
    (0..<size.height).map { y in
      var s = ""
      for cell in row(y) where !cell.isContinuation { s += cell.grapheme }
      return s
    }
  }

  func inBounds(_ x: Int, _ y: Int) -> Bool {
    x >= 0 && y >= 0 && x < size.width && y < size.height
  }

  /// Stores a cell while keeping the wide-glyph invariant.
  private mutating func write(_ cell: Cell, x: Int, y: Int) {
    guard inBounds(x, y) else { return }
    let base = y * size.width
    var cell = cell
    if cell.width == 2 && x == size.width - 1 { cell = .blank(cell.style) }
    if cell.width == 0 && !(x > 0 && cells[base + x - 1].width == 2) { cell = .blank(cell.style) }
    if cell.width > 2 { cell.width = 2 }
    if cell.width != 0 {
      breakWide(at: x, base: base)
    }
    cells[base + x] = cell
    if cell.width == 2 {
      breakWide(at: x + 1, base: base)
      cells[base + x + 1] = .continuation(cell.style)
    }
  }

  /// Before (x) is overwritten: a wide glyph whose half lies at x loses its other half.
  private mutating func breakWide(at x: Int, base: Int) {
    let old = cells[base + x]
    if old.isContinuation, x > 0 {
      cells[base + x - 1] = .blank(cells[base + x - 1].style)
    } else if old.width == 2, x + 1 < size.width {
      cells[base + x + 1] = .blank(cells[base + x + 1].style)
    }
  }
}

/// A rectangle of cells: origin (x, y) is the top-left cell, in columns and rows.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// Column of the left edge.
  public var x: Int
  /// Row of the top edge.
  public var y: Int
  /// Columns covered.
  public var width: Int
  /// Rows covered.
  public var height: Int

  /// A rectangle; negative sizes are clamped to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The whole area of a buffer or terminal of this size.
  public init(_ size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

  /// One past the last column.
  public var maxX: Int { x + width }
  /// One past the last row.
  public var maxY: Int { y + height }
  /// True when the rectangle holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }
  /// Its size.
  public var size: Size { Size(width: width, height: height) }

  public var description: String { "(\(x),\(y) \(width)x\(height))" }

  /// True when the cell (col, row) lies inside.
  public func contains(x col: Int, y row: Int) -> Bool {
    col >= x && col < maxX && row >= y && row < maxY
  }

  /// The overlap of two rectangles (empty, at self's origin, when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let nx = max(x, other.x)
    let ny = max(y, other.y)
    let w = min(maxX, other.maxX) - nx
    let h = min(maxY, other.maxY) - ny
    guard w > 0, h > 0 else { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: nx, y: ny, width: w, height: h)
  }

  /// The rectangle shrunk by `dx` columns on the left and right and `dy` rows top and bottom.
  public func inset(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// Splits off the top `rows` rows (clamped): (top, rest).
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let n = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: n),
            Rect(x: x, y: y + n, width: width, height: height - n))
  }

  /// Splits off the bottom `rows` rows (clamped): (rest, bottom).
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let n = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: height - n),
            Rect(x: x, y: maxY - n, width: width, height: n))
  }

  /// Splits off the left `columns` columns (clamped): (left, rest).
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let n = min(max(0, columns), width)
    return (Rect(x: x, y: y, width: n, height: height),
            Rect(x: x + n, y: y, width: width - n, height: height))
  }

  /// Splits off the right `columns` columns (clamped): (rest, right).
  public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
    let n = min(max(0, columns), width)
    return (Rect(x: x, y: y, width: width - n, height: height),
            Rect(x: maxX - n, y: y, width: n, height: height))
  }

  /// The single row `row` (relative to the top) as a one-row rectangle; empty when outside.
  public func row(_ row: Int) -> Rect {
    guard row >= 0, row < height else { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: x, y: y + row, width: width, height: 1)
  }
}

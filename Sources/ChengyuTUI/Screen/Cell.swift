/// One terminal cell.
///
/// A wide glyph occupies two cells: the first holds the grapheme with `width == 2`, the second
/// is an explicit continuation (`width == 0`, empty grapheme) that the diff and the backend skip.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster drawn here; empty for a continuation cell.
  public var grapheme: String
  /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
  public var width: UInt8
  /// How the cell is drawn.
  public var style: Style

  /// A cell; callers normally go through `ScreenBuffer.put`.
  public init(grapheme: String, width: UInt8, style: Style = .plain) {
    self.grapheme = grapheme
    self.width = width
    self.style = style
  }

  /// A blank cell in `style`.
  public static func blank(_ style: Style = .plain) -> Cell {
    Cell(grapheme: " ", width: 1, style: style)
  }

  /// The right half of a wide glyph.
  public static func continuation(_ style: Style) -> Cell {
    Cell(grapheme: "", width: 0, style: style)
  }

  /// True for the right half of a wide glyph.
  public var isContinuation: Bool { width == 0 }
}

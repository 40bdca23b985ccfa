/// Which rows differ between the frame on screen and the next one.
///
/// The diff works by row: a row is rewritten whole when any of its cells changed, which keeps a
/// wide glyph and its continuation cell together at the cost of ~100 cells per changed row.
public enum FrameDiff {
  /// Rows of `new` that differ from `old`; every row when there is no old frame or the size
  /// changed (after a resize nothing on screen can be trusted).
  public static func changedRows(from old: ScreenBuffer?, to new: ScreenBuffer) -> [Int] {
    guard let old, old.size == new.size else { return Array(0..<new.size.height) }
    return (0..<new.size.height).filter { old.row($0) != new.row($0) }
  }
}

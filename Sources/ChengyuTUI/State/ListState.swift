/// Selection and scroll position of one list.
public struct ListState: Hashable, Sendable {
  /// Index of the selected row.
  public var selected = 0
  /// Index of the first visible row.
  public var offset = 0

  /// A list state at the top, or at a given row.
  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Keeps `selected` inside `0..<count` and `offset` such that the selection is visible in a
  /// viewport of `viewport` rows and no blank rows are shown below the end.
  public mutating func clamp(count: Int, viewport: Int) {
    selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    self = visible(count: count, viewport: viewport)
  }

  /// The state with `offset` moved just enough for the selection to be in view.
  public func visible(count: Int, viewport: Int) -> ListState {
    var s = self
    let rows = max(1, viewport)
    if s.selected < s.offset { s.offset = s.selected }
    if s.selected >= s.offset + rows { s.offset = s.selected - rows + 1 }
    s.offset = max(0, min(s.offset, max(0, count - rows)))
    return s
  }
}

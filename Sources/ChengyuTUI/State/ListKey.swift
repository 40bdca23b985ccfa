/// Names one list: a screen and, for screens with two lists side by side, the pane.
public struct ListKey: Hashable, Sendable {
  /// The screen holding the list.
  public var screen: ScreenID
  /// 0 for the left (or only) list, 1 for the right one (the Timeline: its months; 2 its policies).
  public var pane: Int

  /// The list of a screen's pane.
  public init(_ screen: ScreenID, pane: Int = 0) {
    self.screen = screen
    self.pane = pane
  }
}

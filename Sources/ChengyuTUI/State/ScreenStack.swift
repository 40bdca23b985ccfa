/// The screens opened, the current one last. Never empty by construction: there is no way to
/// remove its first screen, only to replace the whole stack with another first screen.
public struct ScreenStack: Hashable, Sendable {
  /// The screens, bottom first; at least one.
  public private(set) var screens: [ScreenID]

  /// A stack holding one screen.
  public init(_ root: ScreenID) { screens = [root] }

  /// The screen on top.
  public var top: ScreenID { screens[screens.count - 1] }
  /// The screen at the bottom (the tab the stack was started from, usually).
  public var root: ScreenID { screens[0] }
  public var count: Int { screens.count }

  /// Puts a screen on top.
  mutating func push(_ screen: ScreenID) { screens.append(screen) }
  /// Removes the top screen unless it is the only one; true when one was removed.
  @discardableResult
  mutating func pop() -> Bool {
    guard screens.count > 1 else { return false }
    screens.removeLast()
    return true
  }
  /// Starts again from one screen.
  mutating func reset(to screen: ScreenID) { screens = [screen] }

  /// The tab the user is on: the topmost screen of the stack that is a tab (Help pushed over a
  /// record is the Help tab), so the tab bar and Tab agree.
  var currentTab: Int? { screens.reversed().lazy.compactMap(\.tabIndex).first }
}

extension ScreenStack {
  /// Compares with an array of screens (tests read `state.stack == [.ties]`).
  public static func == (lhs: ScreenStack, rhs: [ScreenID]) -> Bool { lhs.screens == rhs }
}

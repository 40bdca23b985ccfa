/// Where a command's keys work.
public enum CommandScope: Hashable, Sendable {
  /// On every screen.
  case global
  /// Only on these kinds of screen.
  case screens([ScreenKind])

  /// True when the command is active on a screen kind.
  public func contains(_ kind: ScreenKind) -> Bool {
    switch self {
    case .global: true
    case .screens(let kinds): kinds.contains(kind)
    }
  }
}

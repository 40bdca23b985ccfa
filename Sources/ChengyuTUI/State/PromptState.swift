/// A one-line text input at the bottom of the screen.
public struct PromptState: Hashable, Sendable {
  /// What the text is for.
  public enum Kind: Hashable, Sendable {
    /// `/`: narrows the current list as the user types.
    case search
    /// `:`: runs a command by its long name.
    case command
  }

  /// Search or command.
  public var kind: Kind
  /// What has been typed.
  public var text: String
  /// The search text before the prompt opened, restored by Esc.
  public var previous: String
  /// In the command palette: which of the matching commands Enter runs (Up/Down move it).
  public var choice = 0

  /// A prompt of a kind, with initial text.
  public init(kind: Kind, text: String = "", previous: String = "") {
    self.kind = kind
    self.text = text
    self.previous = previous
  }

  /// The prompt's leading character.
  public var symbol: String { kind == .search ? "/" : ":" }
}

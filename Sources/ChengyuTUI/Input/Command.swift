/// A named thing the user can do: the single source of the keymap, the help screen, the hint bar
/// and the `:` palette (visidata's longnames, tig's request table).
public struct Command: Hashable, Sendable {
  /// Kebab-case long name, typed in the `:` palette, e.g. `filter-family`.
  public let id: String
  /// A few words for the help screen.
  public let title: String
  /// One sentence on what it does.
  public let help: String
  /// Screens where its keys work.
  public let scope: CommandScope
  /// Key names in the form `Key` prints ("j", "down", "ctrl+d", "shift+tab"); may be empty for a
  /// palette-only command.
  public let keys: [String]
  /// Label in the hint bar, or nil to keep it out of the hint bar.
  public let hint: String?
  /// What it does, as an action for `reduce`.
  public let action: Action

  /// A command; see the properties for each argument.
  public init(_ id: String, _ title: String, _ help: String, scope: CommandScope = .global,
              keys: [String], hint: String? = nil, action: Action) {
    self.id = id
    self.title = title
    self.help = help
    self.scope = scope
    self.keys = keys
    self.hint = hint
    self.action = action
  }
}

import ChengyuCore

/// A named thing the user can do: the single source of the keymap, the help screen, the hint bar
/// and the `:` palette (visidata's longnames, tig's request table).
public struct Command: Hashable, Sendable {
  /// Kebab-case long name, typed in the `:` palette, e.g. `filter-family`.
  public let id: String
  /// A few words for the help screen, in both languages.
  public let titleText: LocalizedText
  /// One sentence on what it does, in both languages.
  public let helpText: LocalizedText
  /// Screens where its keys work.
  public let scope: CommandScope
  /// Key names in the form `Key` prints ("j", "down", "ctrl+d", "shift+tab"); may be empty for a
  /// palette-only command.
  public let keys: [String]
  /// Label in the hint bar, or nil to keep it out of the hint bar.
  public let hint: String?
  /// Former long names that the `:` palette still accepts.
  public let aliases: [String]
  /// What it does, as an action for `reduce`.
  public let action: Action

  /// A command; see the properties for each argument.
  public init(_ id: String, _ title: TUICommandMsg, _ help: TUICommandMsg, scope: CommandScope = .global,
              keys: [String], hint: String? = nil, aliases: [String] = [], action: Action) {
    self.init(id, title: title.texts, help: help.texts, scope: scope, keys: keys, hint: hint, aliases: aliases, action: action)
  }

  /// A command whose texts come from elsewhere in the catalogue (a tab's title and help).
  public init(_ id: String, title: LocalizedText, help: LocalizedText, scope: CommandScope = .global,
              keys: [String], hint: String? = nil, aliases: [String] = [], action: Action) {
    self.id = id
    self.titleText = title
    self.helpText = help
    self.scope = scope
    self.keys = keys
    self.hint = hint
    self.aliases = aliases
    self.action = action
  }

  /// The title in English (the palette and docs/keys.md).
  public var title: String { titleText.en }
  /// The help in English.
  public var help: String { helpText.en }
  /// The title in `language`.
  public func title(_ language: Language) -> String { titleText.text(language) }
  /// The help in `language`.
  public func help(_ language: Language) -> String { helpText.text(language) }
}

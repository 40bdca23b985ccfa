import ChengyuCore

/// A one-line text input at the bottom of the screen.
public struct PromptState: Hashable, Sendable {
  /// What the text is for.
  public enum Kind: Hashable, Sendable {
    /// `/`: narrows the current list as the user types.
    case search
    /// `:`: runs a command by its long name.
    case command
    /// `e`: "FORMAT [FILE]" for exporting the current network.
    case export
    /// `p` on the Compare screen: year ranges to compare ("2011-2013,2014-2016").
    case periods
    /// A yes/no question before an export replaces `existing`; `excel` is the export's
    /// byte-order-mark choice, kept for the write that "y" asks for.
    case overwrite(ExportFormat, output: String, existing: String, excel: Bool = false)
  }

  /// Search or command.
  public var kind: Kind
  /// What has been typed.
  public var text: String
  /// The search text before the prompt opened, restored by Esc.
  public var previous: String
  /// In the command palette: which of the matching commands Enter runs (Up/Down move it).
  public var choice = 0
  /// In the export prompt: start CSV tables with a UTF-8 byte-order mark (Tab toggles it), so
  /// Excel reads their Chinese as UTF-8.
  public var excel = false

  /// A prompt of a kind, with initial text.
  public init(kind: Kind, text: String = "", previous: String = "") {
    self.kind = kind
    self.text = text
    self.previous = previous
  }

  /// The most characters a prompt takes: more is no search, command or file name anyone types,
  /// and each key re-runs the search over every row with the whole text.
  public static let maxLength = 1_000

  /// The prompt's leading text, before what is typed.
  public var symbol: String {
    switch kind {
    case .search: "/"
    case .command: ":"
    case .export: TUIMsg.promptExport.text(.en)
    case .periods: TUIAnalysisMsg.periodsPrompt.text(.en)
    case .overwrite(_, _, let existing, _): Self.overwriteQuestion(existing)
    }
  }

  /// The yes/no question before replacing a file, the question first so it is never cut off.
  public static func overwriteQuestion(_ name: String) -> String { TUIMsg.promptOverwrite.text(.en, name) }

  /// True for prompts that take typed text (not a yes/no question).
  public var takesText: Bool {
    if case .overwrite = kind { return false }
    return true
  }
}

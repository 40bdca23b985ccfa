import ChengyuCore

/// Styles shared by the views, by meaning.
enum Styles {
  /// The cursor: the selection role's colours, which the monochrome theme draws in reverse.
  static let selection = Style.role(.selection)
  static let unfocusedSelection = Style(fg: .dim, underline: true)
  static let columnHeader = Style(fg: .header, bold: true)
  /// Screen and pane titles.
  static let title = Style(fg: .title, bold: true)
  static let dim = Style(fg: .dim, dim: true)
  static let label = Style(fg: .accent)
  static let warning = Style(fg: .warning, bold: true)
  static func family(_ f: MechanismFamily) -> Style { Style(fg: f == .governance ? .governance : .collaboration) }
}

import ChengyuCore

/// Styles shared by the views, by meaning.
enum Styles {
  static let selection = Style(fg: .selection, reverse: true)
  static let unfocusedSelection = Style(fg: .dim, underline: true)
  static let columnHeader = Style(fg: .header, bold: true)
  static let dim = Style(fg: .dim, dim: true)
  static let label = Style(fg: .accent)
  static let warning = Style(fg: .warning, bold: true)
  static func family(_ f: MechanismFamily) -> Style { Style(fg: f == .governance ? .governance : .collaboration) }
}

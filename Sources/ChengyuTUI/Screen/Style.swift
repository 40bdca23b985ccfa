/// A semantic colour role. The backend maps roles to colours (or, in the monochrome theme, to
/// attributes only), so views never name concrete colours.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
  case normal, header, selection, dim, accent, governance, collaboration, warning, border, hint,
    title, bar
}

/// How a cell is drawn: foreground and background roles plus attributes.
public struct Style: Hashable, Sendable, CustomStringConvertible {
  /// Role whose foreground colour is used.
  public var fg: ThemeRole
  /// Role whose background colour is used; nil keeps the terminal's default background.
  public var bg: ThemeRole?
  /// Bold (or bright) text.
  public var bold: Bool
  /// Foreground and background swapped.
  public var reverse: Bool
  /// Underlined text.
  public var underline: Bool
  /// Faint text.
  public var dim: Bool

  /// A style; by default plain text in the `.normal` role.
  public init(
    fg: ThemeRole = .normal, bg: ThemeRole? = nil, bold: Bool = false, reverse: Bool = false,
    underline: Bool = false, dim: Bool = false
  ) {
    self.fg = fg
    self.bg = bg
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  /// Plain text.
  public static let plain = Style()

  /// A style drawing in `role` (foreground and background of the role).
  public static func role(_ role: ThemeRole) -> Style { Style(fg: role, bg: role) }


  /// Compact form for `debugDescription`: "fg/bg+bold+reverse"; "normal" when plain.
  public var description: String {
    var s = fg.rawValue
    if let bg { s += "/" + bg.rawValue }
    if bold { s += "+bold" }
    if reverse { s += "+reverse" }
    if underline { s += "+underline" }
    if dim { s += "+dim" }
    return s
  }
}

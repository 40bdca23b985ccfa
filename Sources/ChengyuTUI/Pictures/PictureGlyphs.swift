import ChengyuCore

/// The glyphs of the map, graph and matrix, in Unicode and ASCII. Every distinction is a glyph
/// or a letter, so monochrome and ASCII terminals lose nothing; colour only adds to it.
struct PictureGlyphs {
  let ascii: Bool

  /// Node marker of province group g: the largest three groups get their own glyph, every
  /// further group shares the last one.
  func node(group g: Int) -> String {
    let set = ascii ? ["o", "*", "+", "^"] : ["●", "■", "◆", "▲"]
    return set[min(g, set.count - 1)]
  }

  /// Number of groups with a glyph of their own (the last glyph means "any other").
  static let distinctGroups = 3

  /// Node marker of community k (0 the largest): the six largest get their own glyph, every
  /// further community shares the last one. ASCII avoids `.` and `#`, the tie strokes.
  func community(_ k: Int) -> String {
    let set = ascii ? ["o", "*", "+", "^", "v", "x", "%"] : ["●", "■", "◆", "▲", "▼", "★", "○"]
    return set[min(k, set.count - 1)]
  }

  /// Number of communities with a glyph of their own.
  static let distinctCommunities = 6

  /// Style of a community's marker (colour only adds to the glyph).
  static func communityStyle(_ k: Int) -> Style {
    let roles: [ThemeRole] = [.header, .accent, .governance, .collaboration, .warning, .title]
    return k < roles.count ? Style(fg: roles[k], bold: true) : Style(fg: .normal)
  }

  var selected: String { ascii ? "@" : "◉" }

  /// Samples of the three tie strokes for the legend: light (dotted), medium, heavy (thick).
  var lightSample: String { ascii ? ".." : "⠁⠁" }
  var mediumSample: String { ascii ? "-/" : "⠒⠒" }
  var heavySample: String { ascii ? "##" : "⠶⠶" }

  /// Shade glyphs of the matrix for bands 1…4 (`MatrixOrder.shade`), one column each.
  func shade(_ band: Int) -> String {
    let set = ascii ? [" ", ".", ":", "+", "#"] : [" ", "░", "▒", "▓", "█"]
    return set[max(0, min(4, band))]
  }

  /// The letter of a mechanism family, shown on highlighted ties.
  static func letter(_ f: MechanismFamily) -> String { f == .governance ? "G" : "C" }

  /// Style of a node marker by group (colour only adds to the glyph).
  static func nodeStyle(group g: Int) -> Style {
    switch g {
    case 0: Style(fg: .header, bold: true)
    case 1: Style(fg: .accent, bold: true)
    default: Style(fg: .normal)
    }
  }
}

/// Tie weight classes: weight 1 is light, from `heavyMin` on heavy, medium between.
struct TieClasses {
  let heavyMin: Int

  init(maxWeight: Int) { heavyMin = max(3, (maxWeight + 1) / 2) }

  enum Class { case light, medium, heavy }

  func of(_ weight: Int) -> Class { weight <= 1 ? .light : (weight >= heavyMin ? .heavy : .medium) }

  /// "2–4" for the medium class, "2" when it is one weight; empty when there is none.
  func mediumRange(_ dash: String) -> String {
    let hi = heavyMin - 1
    return hi < 2 ? "" : (hi == 2 ? "2" : "2\(dash)\(hi)")
  }
}

import CNcursesw
import ChengyuTUI

/// Maps theme roles to ncurses colours and attributes.
///
/// In colour mode a style's foreground comes from its `fg` role and its background from its
/// `bg` role (default background when nil); colour pairs are allocated lazily per combination.
/// The monochrome theme (NO_COLOR, or a terminal without colours) uses attributes only, like
/// htop's monochrome scheme.
@MainActor
final class Palette {
  private struct RoleLook {
    var fg: Int16
    var bg: Int16
    var extra: attr_t
  }

  let monochrome: Bool
  private let defaultFG: Int16
  private let defaultBG: Int16
  private var pairs: [PairKey: Int16] = [:]
  private var cache: [Style: (attr_t, Int16)] = [:]

  private struct PairKey: Hashable {
    var fg: Int16
    var bg: Int16
  }

  /// Sets up colours when available and wanted. Call after `newterm`.
  init(noColorRequested: Bool) {
    if noColorRequested || !has_colors() {
      monochrome = true
      defaultFG = -1
      defaultBG = -1
      return
    }
    monochrome = false
    start_color()
    // -1 means "the terminal's own colour" only after use_default_colors succeeds.
    if use_default_colors() == OK {
      defaultFG = -1
      defaultBG = -1
    } else {
      defaultFG = Int16(COLOR_WHITE)
      defaultBG = Int16(COLOR_BLACK)
    }
  }

  /// Attributes and colour pair for `style`.
  func attributes(for style: Style) -> (attr_t, Int16) {
    if let hit = cache[style] { return hit }
    var attrs: attr_t = cn_a_normal()
    if style.bold { attrs |= cn_a_bold() }
    if style.reverse { attrs |= cn_a_reverse() }
    if style.underline { attrs |= cn_a_underline() }
    if style.dim { attrs |= cn_a_dim() }
    var pair: Int16 = 0
    if monochrome {
      attrs |= Palette.monochromeAttributes(style.fg)
      if let bg = style.bg, bg != style.fg { attrs |= Palette.monochromeAttributes(bg) }
    } else {
      let fg = look(style.fg)
      let bg = style.bg.map(look)
      attrs |= fg.extra
      pair = pairNumber(fg: fg.fg, bg: bg?.bg ?? defaultBG)
    }
    cache[style] = (attrs, pair)
    return (attrs, pair)
  }

  private func pairNumber(fg: Int16, bg: Int16) -> Int16 {
    if fg == defaultFG && bg == defaultBG { return 0 }
    let key = PairKey(fg: fg, bg: bg)
    if let p = pairs[key] { return p }
    let next = Int16(pairs.count + 1)
    guard Int(next) < min(Int(cn_color_pairs()), Int(Int16.max)),
      init_pair(next, fg, bg) == OK
    else { return 0 }
    pairs[key] = next
    return next
  }

  private func look(_ role: ThemeRole) -> RoleLook {
    let d = defaultFG, b = defaultBG
    let bold = cn_a_bold()
    switch role {
    case .normal: return RoleLook(fg: d, bg: b, extra: 0)
    case .header: return RoleLook(fg: Int16(COLOR_CYAN), bg: b, extra: bold)
    case .selection: return RoleLook(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_CYAN), extra: 0)
    case .dim: return RoleLook(fg: d, bg: b, extra: cn_a_dim())
    case .accent: return RoleLook(fg: Int16(COLOR_YELLOW), bg: b, extra: 0)
    case .governance: return RoleLook(fg: Int16(COLOR_MAGENTA), bg: b, extra: 0)
    case .collaboration: return RoleLook(fg: Int16(COLOR_GREEN), bg: b, extra: 0)
    case .warning: return RoleLook(fg: Int16(COLOR_RED), bg: b, extra: bold)
    case .border: return RoleLook(fg: Int16(COLOR_BLUE), bg: b, extra: 0)
    case .hint: return RoleLook(fg: d, bg: b, extra: cn_a_dim())
    case .title: return RoleLook(fg: Int16(COLOR_WHITE), bg: Int16(COLOR_BLUE), extra: bold)
    case .bar: return RoleLook(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_WHITE), extra: 0)
    }
  }

  /// The monochrome theme: bold, reverse, dim and underline only.
  static func monochromeAttributes(_ role: ThemeRole) -> attr_t {
    switch role {
    case .normal, .border: return 0
    case .header, .accent, .governance: return cn_a_bold()
    case .selection, .bar: return cn_a_reverse()
    case .title: return cn_a_bold() | cn_a_reverse()
    case .dim, .hint: return cn_a_dim()
    case .collaboration: return cn_a_underline()
    case .warning: return cn_a_bold() | cn_a_underline()
    }
  }
}

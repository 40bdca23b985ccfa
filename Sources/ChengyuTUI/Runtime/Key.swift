/// A key press, independent of the terminal library.
///
/// Prints to and parses from bubbletea-style names ("j", "G", "ctrl+d", "shift+tab", "enter",
/// "pgdown", "f5") for help text, the hint bar, key scripts and tests.
public enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character, case kept ("g" and "G" differ).
  case char(Character)
  case up, down, left, right
  /// Shift plus an arrow (the map and graph pan with them).
  case shiftUp, shiftDown, shiftLeft, shiftRight
  case pageUp, pageDown
  case home, end
  case enter
  case escape
  case tab
  /// Shift-Tab.
  case backTab
  case backspace
  case delete
  /// Control plus a lowercase letter or one of `@ [ \ ] ^ _ space`, e.g. `.ctrl("d")`.
  case ctrl(Character)
  /// Function key F1…F63.
  case function(Int)

  /// Names of the non-character keys, as printed; the first spelling for each key.
  static let names: [(String, Key)] = [
    ("up", .up), ("down", .down), ("left", .left), ("right", .right),
    ("shift+up", .shiftUp), ("shift+down", .shiftDown), ("shift+left", .shiftLeft), ("shift+right", .shiftRight),
    ("pgup", .pageUp), ("pgdown", .pageDown), ("home", .home), ("end", .end),
    ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift+tab", .backTab),
    ("backspace", .backspace), ("delete", .delete), ("space", .char(" ")),
  ]

  /// Other accepted spellings when parsing.
  static let aliases: [String: Key] = [
    "pageup": .pageUp, "page-up": .pageUp, "pagedown": .pageDown, "page-down": .pageDown,
    "pgdn": .pageDown, "escape": .escape, "return": .enter, "btab": .backTab,
    "backtab": .backTab, "del": .delete, "bs": .backspace, "↑": .up, "↓": .down, "←": .left,
    "→": .right,
  ]

  /// The canonical name, e.g. "ctrl+d", "shift+tab", "G", "f5", "space".
  public var description: String {
    switch self {
    case .char(" "): return "space"
    case .char(let c): return String(c)
    case .ctrl(" "): return "ctrl+space"
    case .ctrl(let c): return "ctrl+\(c)"
    case .function(let n): return "f\(n)"
    default:
      return Key.names.first { $0.1 == self }?.0 ?? "?"
    }
  }

  /// Parses a key name; nil when the text names no key. Case matters only for a single
  /// character ("G" is Shift-g); "ctrl+D" and "Ctrl+d" are both `.ctrl("d")`.
  public init?(_ text: String) {
    if text.count == 1, let c = text.first {
      self = .char(c)
      return
    }
    let lower = text.lowercased()
    if let key = Key.names.first(where: { $0.0 == lower })?.1 ?? Key.aliases[lower] {
      self = key
      return
    }
    for prefix in ["ctrl+", "ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
      let rest = String(lower.dropFirst(prefix.count))
      if rest == "space" { self = .ctrl(" "); return }
      guard rest.count == 1, let c = rest.first, c.isASCII,
        c.isLetter || "@[\\]^_".contains(c)
      else { return nil }
      self = .ctrl(c)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n) {
      self = .function(n)
      return
    }
    return nil
  }
}

/// Resolves key names to commands for a screen: built from `CommandRegistry`, with a
/// screen-specific layer that wins over the global one (tig's `generic` fallback).
public enum Keymap {
  /// The command bound to a key name on a screen kind, if any.
  public static func command(forKey name: String, on kind: ScreenKind) -> Command? {
    table(kind)[name]
  }

  /// Every key name bound on a screen kind, with its command.
  public static func table(_ kind: ScreenKind) -> [String: Command] {
    var map: [String: Command] = [:]
    for command in CommandRegistry.active(on: kind).reversed() {
      for key in command.keys { map[key] = command }
    }
    return map
  }

  /// How a key name is shown in help and the hint bar ("ctrl+d" → "^D", "enter" → "Enter").
  public static func display(_ name: String) -> String {
    if name.hasPrefix("ctrl+"), name.count == 6 { return "^" + name.suffix(1).uppercased() }
    switch name {
    case "enter": return "Enter"
    case "esc": return "Esc"
    case "backspace": return "Bksp"
    case "tab": return "Tab"
    case "shift+tab": return "S-Tab"
    case "space": return "Space"
    case "pgdown": return "PgDn"
    case "pgup": return "PgUp"
    case "home": return "Home"
    case "end": return "End"
    case "up": return "Up"
    case "down": return "Down"
    case "left": return "Left"
    case "right": return "Right"
    default: return name.hasPrefix("f") && name.count > 1 ? name.uppercased() : name
    }
  }
}

import ChengyuTUI

/// Decodes the escape sequences ncurses passes through byte by byte: those its terminfo entry
/// does not list (PuTTY's and screen's `ESC[1~` Home and `ESC[4~` End under `TERM=xterm`,
/// bracketed-paste markers, keys with modifiers). A pure state machine fed one code at a time,
/// so it is tested without a terminal.
///
/// Without it, the bytes of an unknown sequence reached the keymap one by one: `ESC[4~` ran Esc
/// (Back), `[`, `4` (a screen digit) and `~`. Now a sequence is either a known key or dropped
/// whole (ECMA-48: CSI = ESC `[`, parameters 0x30–0x3F, intermediates 0x20–0x2F, one final byte
/// 0x40–0x7E; SS3 = ESC `O` and one final byte).
public struct EscapeSequence: Sendable {
  /// What feeding one more code gave.
  public enum Step: Hashable, Sendable {
    /// The sequence is not complete yet: feed the next code (or `end()` when none comes).
    case more
    /// A complete sequence: its key, or nil for one that means nothing to the explorer.
    case done(Key?)
    /// Not a sequence after all: Esc alone, then this code is an ordinary key of its own.
    case escapeThen(UInt32)
  }

  /// Longer sequences are not keys (a flood of parameter bytes); they are dropped.
  static let maxLength = 32

  private enum State { case start, csi, ss3 }
  private var state = State.start
  private var parameters: [UInt8] = []
  private var length = 0

  /// Starts after an ESC that ncurses returned as a character.
  public init() {}

  /// Feeds the code ncurses returned after the ESC (and after the codes fed before).
  public mutating func feed(_ code: UInt32) -> Step {
    length += 1
    switch state {
    case .start:
      switch code {
      case 0x5B: state = .csi; return .more  // [
      case 0x4F: state = .ss3; return .more  // O
      default: return .escapeThen(code)
      }
    case .ss3:
      return .done((0x40...0x7E).contains(code) ? Self.ss3Key(UInt8(code)) : nil)
    case .csi:
      if length > Self.maxLength { return .done(nil) }
      switch code {
      case 0x20...0x3F:
        parameters.append(UInt8(code))
        return .more
      case 0x40...0x7E:
        return .done(Self.csiKey(parameters: parameters, final: UInt8(code)))
      default:
        return .done(nil)  // a byte that cannot be in a sequence ends it; it is dropped too
      }
    }
  }

  /// No further code arrived in time: a lone Esc is the Escape key; a cut-off sequence is dropped.
  public func end() -> Key? { state == .start ? .escape : nil }

  private static func ss3Key(_ final: UInt8) -> Key? {
    switch final {
    case 0x41: .up
    case 0x42: .down
    case 0x43: .right
    case 0x44: .left
    case 0x48: .home  // ESC O H
    case 0x46: .end  // ESC O F
    case 0x50...0x53: .function(Int(final) - 0x50 + 1)  // F1–F4
    default: nil
    }
  }

  private static func csiKey(parameters: [UInt8], final: UInt8) -> Key? {
    // Modifiers (`1;5H`, `5;3~`) are accepted and ignored: Ctrl-Home still moves home.
    let first = parameters.prefix { $0 >= 0x30 && $0 <= 0x39 }
    let number = first.isEmpty ? nil : Int(String(decoding: first, as: UTF8.self))
    if parameters.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x3F || $0 < 0x30 }) {
      return nil  // private sequences (`<` mouse reports, `?` replies) and intermediates
    }
    // Shift-arrows (`ESC[1;2A` …), as ncurses' KEY_SR/SF/SLEFT/SRIGHT.
    if parameters == Array("1;2".utf8), let shifted = [0x41: Key.shiftUp, 0x42: .shiftDown, 0x43: .shiftRight, 0x44: .shiftLeft][final] {
      return shifted
    }
    switch final {
    case 0x41: return .up
    case 0x42: return .down
    case 0x43: return .right
    case 0x44: return .left
    case 0x48: return .home  // ESC [ H
    case 0x46: return .end  // ESC [ F
    case 0x5A: return .backTab  // ESC [ Z
    case 0x7E:  // ESC [ n ~ (VT220 / rxvt / PuTTY)
      guard let number else { return nil }
      switch number {
      case 1, 7: return .home
      case 4, 8: return .end
      case 3: return .delete
      case 5: return .pageUp
      case 6: return .pageDown
      case 11...15: return .function(number - 10)
      case 17...21: return .function(number - 11)
      case 23, 24: return .function(number - 12)
      default: return nil  // 2 (Insert), 200/201 (paste markers) and the rest
      }
    default: return nil
    }
  }
}

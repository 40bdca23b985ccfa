import CNcursesw
import ChengyuTUI

/// Turns what `wget_wch` returned into a backend-neutral key: a pure function, so it is
/// tested without a terminal.
public enum NcursesKeyDecoder {
  /// The meaning of one `wget_wch` result.
  public enum Decoded: Hashable, Sendable {
    case key(Key)
    /// `KEY_RESIZE`: ncurses has already resized its windows; read the new size.
    case resize
    /// Nothing the explorer uses (mouse, unknown function keys, C1 controls).
    case ignored
  }

  /// Decodes `status` (`OK` for a character, `KEY_CODE_YES` for a function key) and `code`.
  public static func decode(status: Int32, code: UInt32) -> Decoded {
    if status == KEY_CODE_YES { return functionKey(Int32(truncatingIfNeeded: code)) }
    guard status == OK else { return .ignored }
    switch code {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)  // nonl(): Enter arrives as CR
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)  // terminals send ^H or DEL for Backspace
    case 0: return .key(.ctrl(" "))
    case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(0x60 + code)))))
    case 28...31: return .key(.ctrl(Character(Unicode.Scalar(UInt8(0x40 + code)))))
    case 0x80...0x9F: return .ignored
    default:
      guard let scalar = Unicode.Scalar(code) else { return .ignored }
      return .key(.char(Character(scalar)))
    }
  }

  private static func functionKey(_ code: Int32) -> Decoded {
    switch code {
    case KEY_RESIZE: return .resize
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_SLEFT: return .key(.shiftLeft)
    case KEY_SRIGHT: return .key(.shiftRight)
    case KEY_SR: return .key(.shiftUp)
    case KEY_SF: return .key(.shiftDown)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME, KEY_A1: return .key(.home)
    case KEY_END, KEY_LL, KEY_C1: return .key(.end)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
    default: return .ignored
    }
  }
}

import ChengyuNcurses
import ChengyuTUI
import Testing

/// Escape sequences ncurses passes through byte by byte are decoded whole or dropped whole.
@Suite struct EscapeSequenceTests {
  /// Feeds the bytes after ESC; returns the key (nil: dropped) and the codes left for later.
  private func decode(_ rest: String) -> (key: Key?, left: [UInt32]) {
    var sequence = EscapeSequence()
    var codes = rest.unicodeScalars.map(\.value)[...]
    while let code = codes.popFirst() {
      switch sequence.feed(code) {
      case .more: continue
      case .done(let key): return (key, Array(codes))
      case .escapeThen(let next): return (.escape, [next] + codes)
      }
    }
    return (sequence.end(), [])
  }

  @Test func homeAndEndInEveryCommonSpelling() {
    for home in ["[1~", "[7~", "[H", "OH", "[1;5H", "[1;2~"] {
      #expect(decode(home).key == .home, "ESC \(home)")
      #expect(decode(home).left.isEmpty)
    }
    for end in ["[4~", "[8~", "[F", "OF", "[1;5F"] {
      #expect(decode(end).key == .end, "ESC \(end)")
    }
  }

  @Test func otherKnownKeys() {
    #expect(decode("[A").key == .up)
    #expect(decode("OB").key == .down)
    #expect(decode("[5~").key == .pageUp)
    #expect(decode("[6~").key == .pageDown)
    #expect(decode("[3~").key == .delete)
    #expect(decode("[Z").key == .backTab)
    #expect(decode("OP").key == .function(1))
    #expect(decode("[15~").key == .function(5))
    #expect(decode("[24~").key == .function(12))
    // Shift-arrows are keys of their own; other modifiers leave the arrow as it is.
    #expect(decode("[1;2D").key == .shiftLeft && decode("[1;2C").key == .shiftRight)
    #expect(decode("[1;2A").key == .shiftUp && decode("[1;2B").key == .shiftDown)
    #expect(decode("[1;5C").key == .right)
  }

  @Test func unknownSequencesAreDroppedWhole() {
    for unknown in ["[2~", "[200~", "[201~", "[99~", "[<0;10;5M", "[?1;2c", "[ q", "Ox", "[9999999999999999999999~"] {
      let (key, left) = decode(unknown)
      #expect(key == nil, "ESC \(unknown) gave \(String(describing: key))")
      #expect(left.isEmpty, "ESC \(unknown) left \(left)")
    }
    // A flood of parameter bytes is no key either, and ends the sequence.
    #expect(decode("[" + String(repeating: "1", count: 100) + "~").key == nil)
    // A control byte cannot be inside a sequence: it ends it (dropped with it).
    #expect(decode("[1\u{07}").key == nil)
  }

  @Test func loneEscapeAndEscapeBeforeAnOrdinaryKey() {
    #expect(decode("").key == .escape)
    let alt = decode("j")
    #expect(alt.key == .escape && alt.left == [0x6A])  // Esc, then j on its own
    #expect(decode("[").key == nil)  // cut off: dropped, not Esc
  }
}

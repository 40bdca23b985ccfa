import ChengyuCore
import Testing

/// Text from data files is untrusted: nothing that could steer a terminal may survive `clean`.
@Suite("TextSanitizer")
struct TextSanitizerTests {
  private let esc = "\u{1B}"

  @Test func colourSequencesAreRemoved() {
    #expect(TextSanitizer.clean("\(esc)[31mred\(esc)[0m text") == "red text")
    #expect(TextSanitizer.clean("\(esc)[1;38;5;196m成都\(esc)[m") == "成都")
    #expect(TextSanitizer.clean("a\(esc)[2Jb\(esc)[?25lc") == "abc")  // clear screen, hide cursor
  }

  @Test func osc8HyperlinksWithBELAndSTTerminators() {
    let bel = "\(esc)]8;;https://evil.example\u{07}click\(esc)]8;;\u{07}"
    #expect(TextSanitizer.clean(bel) == "click")
    let st = "\(esc)]8;;https://evil.example\(esc)\\click\(esc)]8;;\(esc)\\"
    #expect(TextSanitizer.clean(st) == "click")
    let c1st = "\u{9D}8;;https://evil.example\u{9C}click"
    #expect(TextSanitizer.clean(c1st) == "click")
    #expect(TextSanitizer.clean("\(esc)]0;window title\u{07}重庆") == "重庆")
  }

  @Test func unterminatedSequencesSwallowOnlyTheirOwnText() {
    #expect(TextSanitizer.clean("abc\(esc)") == "abc")
    #expect(TextSanitizer.clean("abc\(esc)[") == "abc")
    #expect(TextSanitizer.clean("a\(esc)]0;title never ends") == "a")
    // A CSI broken by a character that cannot be in it ends there; the character is kept.
    #expect(TextSanitizer.clean("\(esc)[31成都") == "成都")
  }

  @Test func escInsideAStringStartsANewSequence() {
    // An OSC cut short by another escape sequence: neither may leave text behind.
    #expect(TextSanitizer.clean("\(esc)]0;title\(esc)[31mred") == "red")
    #expect(TextSanitizer.clean("\(esc)]8;;x\(esc)]8;;y\u{07}link") == "link")
  }

  @Test func manyNestedStringStartsDoNotExhaustTheStack() {
    let hostile = String(repeating: "\(esc)]", count: 200_000) + "\u{07}ok"
    #expect(TextSanitizer.clean(hostile) == "ok")
  }

  @Test func shortEscapeSequences() {
    #expect(TextSanitizer.clean("a\(esc)7b\(esc)8c") == "abc")  // save/restore cursor
    #expect(TextSanitizer.clean("a\(esc)(Bb") == "ab")  // character set
    #expect(TextSanitizer.clean("a\(esc)cb") == "ab")  // full reset
  }

  @Test func escBeforeTextThatCannotEndASequenceKeepsTheText() {
    // A lone ESC must not eat the Chinese character after it.
    #expect(TextSanitizer.clean("\(esc)成都") == "成都")
    #expect(TextSanitizer.clean("\(esc)(成都") == "成都")
  }

  @Test func c1ControlsAreRemoved() {
    #expect(TextSanitizer.clean("\u{9B}31mred") == "red")  // C1 CSI
    #expect(TextSanitizer.clean("a\u{85}b\u{80}c\u{8D}d") == "abcd")
    #expect(TextSanitizer.clean("\u{9F}application\u{9C}ok") == "ok")  // APC … ST
    #expect(TextSanitizer.clean("\u{90}device control\u{9C}ok") == "ok")  // DCS … ST
  }

  @Test func c0ControlsAndDeleteAreRemoved() {
    #expect(TextSanitizer.clean("a\u{00}b\u{07}c\u{08}d\u{7F}e") == "abcde")
  }

  @Test func bidiControlsAreRemoved() {
    #expect(TextSanitizer.clean("abc\u{202E}fed\u{202C}") == "abcfed")
    #expect(TextSanitizer.clean("\u{2066}x\u{2069}\u{2067}y\u{2068}z") == "xyz")
    #expect(TextSanitizer.clean("\u{200E}\u{200F}\u{061C}成渝") == "成渝")
  }

  @Test func tabsAndLineBreaksBecomeOneSpaceEach() {
    #expect(TextSanitizer.clean("a\tb\nc") == "a b c")
    #expect(TextSanitizer.clean("a\r\nb") == "a b")  // CRLF is one line break
    #expect(TextSanitizer.clean("a\rb") == "a b")
  }

  @Test func chineseAndOtherPrintableTextIsUntouched() {
    for text in ["成渝地区双城经济圈", "Chengdu–Chongqing “twin cities” · 2020", "潼南县 → 潼南区", "é ü 한국어 😀", ""] {
      #expect(TextSanitizer.clean(text) == text)
    }
  }

  /// Random mixes of printable text and dangerous scalars (seeded): the result never holds a
  /// control character or a bidi override, and every printable non-ASCII scalar is kept.
  @Test func randomInputNeverLeaksControls() {
    var rng = SplitMix64(seed: 42)
    let pieces: [String] = [
      "\u{1B}", "[", "]", "\u{07}", "\u{9C}", "\u{9B}", "\u{9D}", "\\", "8;;", "31m", "\u{202E}",
      "\u{2066}", "\n", "\r", "\t", "\u{00}", "\u{7F}", "\u{85}", "成", "都", "a", "Z", " ", ";",
    ]
    for _ in 0..<3000 {
      let input = (0..<Int(rng.next() % 24)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
      let out = TextSanitizer.clean(input)
      let bad = out.unicodeScalars.filter { s in
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
          || (0x2066...0x2069).contains(s.value)
      }
      #expect(bad.isEmpty, "\(input.debugDescription) → \(out.debugDescription)")
      #expect(TextSanitizer.clean(out) == out)  // idempotent
    }
  }
}

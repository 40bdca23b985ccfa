import ChengyuTUI
import Testing

@Suite struct KeyTests {
  @Test(arguments: [
    ("j", Key.char("j")), ("G", .char("G")), ("space", .char(" ")), ("ctrl+d", .ctrl("d")),
    ("shift+tab", .backTab), ("enter", .enter), ("esc", .escape), ("pgdown", .pageDown),
    ("pgup", .pageUp), ("home", .home), ("end", .end), ("up", .up), ("down", .down),
    ("left", .left), ("right", .right), ("tab", .tab), ("backspace", .backspace),
    ("delete", .delete), ("f5", .function(5)), ("ctrl+space", .ctrl(" ")), ("/", .char("/")),
    ("成", .char("成")),
  ])
  func canonicalNamesRoundTrip(name: String, key: Key) {
    #expect(Key(name) == key)
    #expect(key.description == name)
  }

  @Test func aliasesAndCaseInNames() {
    #expect(Key("Ctrl+D") == .ctrl("d"))
    #expect(Key("ctrl-c") == .ctrl("c"))
    #expect(Key("C-l") == .ctrl("l"))
    #expect(Key("^Z") == .ctrl("z"))
    #expect(Key("Escape") == .escape)
    #expect(Key("return") == .enter)
    #expect(Key("BTab") == .backTab)
    #expect(Key("PageDown") == .pageDown)
    #expect(Key("F12") == .function(12))
  }

  @Test func unknownNamesAreRejected() {
    #expect(Key("") == nil)
    #expect(Key("ctrl+") == nil)
    #expect(Key("ctrl+dd") == nil)
    #expect(Key("f0") == nil)
    #expect(Key("f64") == nil)
    #expect(Key("hyper+x") == nil)
    #expect(Key("jj") == nil)
  }

  @Test func scriptParsesKeysResizesAndTyping() throws {
    let events = try InputScript.parse("""
      j j ctrl+d   # scroll
      resize:60x20
      / type:成都 enter
      hangup
      """)
    #expect(events == [
      .key(.char("j")), .key(.char("j")), .key(.ctrl("d")), .resize(Size(width: 60, height: 20)),
      .key(.char("/")), .key(.char("成")), .key(.char("都")), .key(.enter), .hangup,
    ])
  }

  @Test func scriptErrorNamesLineAndToken() {
    #expect(throws: InputScript.ParseError(line: 2, token: "jump")) {
      try InputScript.parse("j\nk jump\n")
    }
    #expect(throws: InputScript.ParseError(
      line: 1, token: "resize:60", reason: "bad size in 'resize:60' (use resize:WxH, each side 0 to 1000)")) {
      try InputScript.parse("resize:60")
    }
    let error = InputScript.ParseError(line: 2, token: "jump")
    #expect(error.description == "line 2: unknown key or event 'jump'")
  }

  @Test func scriptResizeIsCappedWhereItIsParsed() throws {
    // Uncapped, these reached ScreenBuffer(size:): width * height overflows or exhausts memory.
    for token in ["resize:4000000000x4000000000", "resize:100000x100000", "resize:1001x10", "resize:10x-1", "resize:+5x5"] {
      #expect(throws: InputScript.ParseError(
        line: 1, token: token, reason: "bad size in '\(token)' (use resize:WxH, each side 0 to 1000)")) {
        try InputScript.parse(token)
      }
    }
    #expect(try InputScript.parse("resize:1000x1000 resize:0x0") == [
      .resize(Size(width: 1000, height: 1000)), .resize(Size(width: 0, height: 0)),
    ])
  }

  @Test func scriptErrorDoesNotEchoEscapes() {
    let error = InputScript.ParseError(line: 1, token: "\u{1B}]0;T\u{07}x" + String(repeating: "y", count: 500))
    #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
    #expect(error.description.count < 100)
  }
}

import ChengyuTUI
import Testing

@Suite struct ScreenBufferTests {
  @Test func newBufferIsBlankLinesOfFullWidth() {
    let b = ScreenBuffer(size: Size(width: 4, height: 2))
    #expect(b.lines == ["    ", "    "])
  }

  @Test func putClipsCJKWithEllipsis() {
    var b = ScreenBuffer(size: Size(width: 8, height: 1))
    let used = b.put("成渝城市群", x: 1, y: 0, maxWidth: 5, style: .plain)
    #expect(used == 5)
    #expect(b.lines == [" 成渝…  "])
  }

  @Test func wideGlyphHasContinuationCell() {
    var b = ScreenBuffer(size: Size(width: 5, height: 1))
    b.put("成a", x: 0, y: 0, maxWidth: 5, style: Style(fg: .accent))
    #expect(b[x: 0, y: 0] == Cell(grapheme: "成", width: 2, style: Style(fg: .accent)))
    #expect(b[x: 1, y: 0].isContinuation)
    #expect(b[x: 2, y: 0].grapheme == "a")
    #expect(b.lines == ["成a  "])
  }

  @Test func wideGlyphThatWouldStraddleTheEdgeBecomesPadding() {
    var b = ScreenBuffer(size: Size(width: 6, height: 1))
    let used = b.put("成渝城市群", x: 0, y: 0, maxWidth: 4, style: .plain)
    #expect(used == 4)
    #expect(b.lines == ["成…   "])
    #expect(b[x: 3, y: 0].grapheme == " ")
  }

  @Test func neverAWideGlyphInTheLastColumn() {
    var b = ScreenBuffer(size: Size(width: 5, height: 1))
    let used = b.put("ab成渝", x: 2, y: 0, maxWidth: 10, style: .plain)
    #expect(used == 3)
    #expect(b.lines == ["  ab…"])
    b.put("成", x: 4, y: 0, maxWidth: 1, style: .plain)
    #expect(b[x: 4, y: 0].width == 1)
    b[x: 4, y: 0] = Cell(grapheme: "渝", width: 2)
    #expect(b[x: 4, y: 0] == Cell.blank())
  }

  @Test func textThatFitsIsWrittenWhole() {
    var b = ScreenBuffer(size: Size(width: 10, height: 2))
    #expect(b.put("Chengdu", x: 0, y: 1, maxWidth: 7, style: .plain) == 7)
    #expect(b.lines == ["          ", "Chengdu   "])
  }

  @Test func outOfBoundsWritesNothing() {
    var b = ScreenBuffer(size: Size(width: 3, height: 1))
    #expect(b.put("x", x: 0, y: 1, maxWidth: 3, style: .plain) == 0)
    #expect(b.put("x", x: 3, y: 0, maxWidth: 3, style: .plain) == 0)
    #expect(b.put("x", x: -1, y: 0, maxWidth: 3, style: .plain) == 0)
    #expect(b.put("x", x: 0, y: 0, maxWidth: 0, style: .plain) == 0)
    #expect(b.lines == ["   "])
  }

  @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
    var b = ScreenBuffer(size: Size(width: 6, height: 1))
    b.put("成渝城", x: 0, y: 0, maxWidth: 6, style: .plain)
    b.put("x", x: 1, y: 0, maxWidth: 1, style: .plain)  // right half of 成
    b.put("y", x: 2, y: 0, maxWidth: 1, style: .plain)  // left half of 渝
    #expect(b.lines == [" xy 城"])
    #expect(!b[x: 3, y: 0].isContinuation)
  }

  @Test func escapeSequencesNeverReachACell() {
    var b = ScreenBuffer(size: Size(width: 12, height: 1))
    b.put("\u{1B}[31m成都\u{1B}]0;pwned\u{7}\tok\u{9B}2J", x: 0, y: 0, maxWidth: 12, style: .plain)
    #expect(b.lines == ["成都 ok     "])
    for cell in b.cells {
      #expect(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
  }

  @Test func lonelyCombiningMarkTakesNoCell() {
    var b = ScreenBuffer(size: Size(width: 4, height: 1))
    #expect(b.put("\u{301}ab", x: 0, y: 0, maxWidth: 4, style: .plain) == 2)
    #expect(b.lines == ["ab  "])
  }

  @Test func fillSetsStyleAndRepairsCutGlyphs() {
    var b = ScreenBuffer(size: Size(width: 6, height: 2))
    b.put("成渝城", x: 0, y: 0, maxWidth: 6, style: .plain)
    b.fill(Rect(x: 1, y: 0, width: 2, height: 5), style: .role(.selection))
    #expect(b.lines == ["    城", "      "])
    #expect(b[x: 0, y: 0] == .blank())
    #expect(b[x: 1, y: 1].style == .role(.selection))
    #expect(b[x: 3, y: 1].style == .plain)
  }

  @Test func debugDescriptionShowsRowsAndStyleRuns() {
    var b = ScreenBuffer(size: Size(width: 6, height: 2))
    b.put("成都", x: 0, y: 0, maxWidth: 6, style: Style(fg: .header, bold: true))
    b.put("ok", x: 2, y: 1, maxWidth: 2, style: Style(fg: .selection, bg: .selection))
    #expect(b.debugDescription == """
      ScreenBuffer 6x2
      "成都  "
      "  ok  "
      styles:
        0: 0..<4 header+bold
        1: 2..<4 selection/selection

      """)
  }
}

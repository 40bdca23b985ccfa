import CNcursesw
import ChengyuNcurses
import ChengyuTUI
import Testing

/// Key decoding is pure, so it is tested without a terminal: (wget_wch status, code) → event.
@Suite struct NcursesKeyDecoderTests {
  private func char(_ code: UInt32) -> NcursesKeyDecoder.Decoded {
    NcursesKeyDecoder.decode(status: OK, code: code)
  }

  private func function(_ code: Int32) -> NcursesKeyDecoder.Decoded {
    NcursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(code))
  }

  @Test func printableCharactersIncludingCJK() {
    #expect(char(0x6A) == .key(.char("j")))
    #expect(char(0x47) == .key(.char("G")))
    #expect(char(0x20) == .key(.char(" ")))
    #expect(char(0x6210) == .key(.char("成")))
  }

  @Test func controlCodes() {
    #expect(char(4) == .key(.ctrl("d")))
    #expect(char(3) == .key(.ctrl("c")))
    #expect(char(12) == .key(.ctrl("l")))
    #expect(char(26) == .key(.ctrl("z")))
    #expect(char(0) == .key(.ctrl(" ")))
    #expect(char(31) == .key(.ctrl("_")))
    #expect(char(9) == .key(.tab))
    #expect(char(13) == .key(.enter))
    #expect(char(10) == .key(.enter))
    #expect(char(27) == .key(.escape))
    #expect(char(127) == .key(.backspace))
    #expect(char(8) == .key(.backspace))
    #expect(char(0x9B) == .ignored)  // a C1 control never becomes a key
  }

  @Test func functionKeys() {
    #expect(function(KEY_UP) == .key(.up))
    #expect(function(KEY_DOWN) == .key(.down))
    #expect(function(KEY_LEFT) == .key(.left))
    #expect(function(KEY_RIGHT) == .key(.right))
    #expect(function(KEY_PPAGE) == .key(.pageUp))
    #expect(function(KEY_NPAGE) == .key(.pageDown))
    #expect(function(KEY_HOME) == .key(.home))
    #expect(function(KEY_END) == .key(.end))
    #expect(function(KEY_BTAB) == .key(.backTab))
    #expect(function(KEY_DC) == .key(.delete))
    #expect(function(KEY_BACKSPACE) == .key(.backspace))
    #expect(function(KEY_ENTER) == .key(.enter))
    #expect(function(KEY_F0 + 1) == .key(.function(1)))
    #expect(function(KEY_F0 + 12) == .key(.function(12)))
    #expect(function(KEY_RESIZE) == .resize)
    #expect(function(KEY_MOUSE) == .ignored)
    #expect(function(KEY_SLEFT) == .key(.shiftLeft) && function(KEY_SRIGHT) == .key(.shiftRight))
    #expect(function(KEY_SR) == .key(.shiftUp) && function(KEY_SF) == .key(.shiftDown))
  }

  @Test func errorStatusIsIgnored() {
    #expect(NcursesKeyDecoder.decode(status: ERR, code: 0x6A) == .ignored)
  }
}

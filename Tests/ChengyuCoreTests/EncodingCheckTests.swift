import Testing

@testable import ChengyuCore

@Suite("EncodingCheck")
struct EncodingCheckTests {
  private func line(_ bytes: [UInt8]) -> Int? { EncodingCheck.firstInvalidLine(bytes) }

  @Test func validUTF8HasNoBadLine() {
    #expect(line(Array("id,name\nchengdu,成都市\n𠀀,é\n".utf8)) == nil)
    #expect(line([]) == nil)
    #expect(line([0xF4, 0x8F, 0xBF, 0xBF]) == nil)  // U+10FFFF, the largest scalar
  }

  @Test func reportsTheLineOfTheFirstBadByte() {
    let head = Array("a\nb\n".utf8)
    #expect(line(head + [0xFF]) == 3)
    #expect(line(head + [0xC0, 0x80]) == 3)  // overlong NUL
    #expect(line(head + [0xE0, 0x80, 0x80]) == 3)  // overlong 3-byte form
    #expect(line(head + [0xED, 0xA0, 0x80]) == 3)  // UTF-16 surrogate
    #expect(line(head + [0xF4, 0x90, 0x80, 0x80]) == 3)  // past U+10FFFF
    #expect(line(head + [0xE6, 0x88]) == 3)  // cut off at the end
    #expect(line(head + [0xE6, 0x41, 0x80]) == 3)  // bad continuation byte
    #expect(line([0x41, 0x80]) == 1)  // stray continuation byte
  }

  @Test func linesEndAtLFCRLFAndLoneCR() {
    #expect(line(Array("a\rb\r\nc\nd".utf8) + [0xFF]) == 4)
  }

  @Test func utf16WithoutAByteOrderMarkIsNamed() {
    let le = Array("id,name\nchengdu,成都\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(line(le) != nil)
    #expect(EncodingCheck.hint(le).hasPrefix("; it looks like UTF-16 (every other byte is zero)"))
    #expect(EncodingCheck.hint([0x41, 0xFF, 0x42]) == "")  // a stray byte is no encoding
  }

  @Test func gbkTextIsRecognised() {
    // "成都" in GBK.
    let gbk: [UInt8] = Array("id,name\nchengdu,".utf8) + [0xB3, 0xC9, 0xB6, 0xBC] + [0x0A]
    #expect(line(gbk) == 2)
    #expect(EncodingCheck.looksLikeGBK(gbk))
  }
}

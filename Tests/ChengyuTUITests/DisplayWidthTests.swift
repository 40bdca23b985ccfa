import ChengyuCore
import Glibc
import Testing

@_silgen_name("wcwidth") private func libcWcwidth(_ c: Int32) -> Int32

@Suite struct DisplayWidthTests {
  @Test func asciiIsOneColumnEach() {
    #expect(DisplayWidth.of("Chengdu") == 7)
    #expect(DisplayWidth.of(Character("a")) == 1)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test func chineseIsTwoColumnsEach() {
    #expect(DisplayWidth.of("成渝城市群") == 10)
    #expect(DisplayWidth.of(Character("成")) == 2)
    #expect(DisplayWidth.of("成都 Chengdu") == 12)
    #expect(DisplayWidth.of("，") == 2)  // fullwidth comma
    #expect(DisplayWidth.of("Ａ") == 2)  // fullwidth Latin
  }

  @Test func combiningMarksAddNothing() {
    let decomposed = "e\u{301}"  // é as e + COMBINING ACUTE ACCENT, one Character
    #expect(decomposed.count == 1)
    #expect(DisplayWidth.of(decomposed) == 1)
    #expect(DisplayWidth.of("Chongqi\u{301}ng") == 9)  // 9 letters, one accent
    #expect(DisplayWidth.of(scalar: "\u{301}") == 0)
    #expect(DisplayWidth.of(scalar: "\u{200B}") == 0)  // zero width space
  }

  @Test func controlsAreZero() {
    #expect(DisplayWidth.of(scalar: "\u{1B}") == 0)
    #expect(DisplayWidth.of(scalar: "\u{7}") == 0)
    #expect(DisplayWidth.of(scalar: "\u{85}") == 0)
  }

  @Test func ambiguousIsNarrow() {
    #expect(DisplayWidth.of("…") == 1)
    #expect(DisplayWidth.of("─│") == 2)
    #expect(DisplayWidth.of("·") == 1)
  }

  @Test func emojiAreWide() {
    #expect(DisplayWidth.of("🚄") == 2)
    #expect(DisplayWidth.of("❤️") == 2)  // narrow base + VS16 is drawn wide
    #expect(DisplayWidth.of("👩‍👩‍👧") == 2)  // ZWJ sequence: one cluster, two columns
    #expect(DisplayWidth.of("🇨🇳") == 2)  // flag: two regional indicators
  }

  @Test func hangulJamoComposeToOneWideCell() {
    #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // ᄀ + ᅡ + ᆨ
  }

  @Test func truncateCutsCJKWithEllipsis() {
    #expect(DisplayWidth.truncate("成渝城市群", to: 5) == "成渝…")
    #expect(DisplayWidth.truncate("成渝城市群", to: 4) == "成… ")  // 成渝 would not fit: pad
    #expect(DisplayWidth.truncate("成渝城市群", to: 10) == "成渝城市群")
    #expect(DisplayWidth.truncate("成渝城市群", to: 1) == "…")
    #expect(DisplayWidth.truncate("成渝城市群", to: 0) == "")
    #expect(DisplayWidth.truncate("Chongqing", to: 6) == "Chong…")
    #expect(DisplayWidth.truncate("Chongqing", to: 4, ellipsis: "...") == "C...")
    #expect(DisplayWidth.truncate("Chongqing", to: 2, ellipsis: "...") == "Ch")
    #expect(DisplayWidth.truncate("short", to: 9) == "short")
  }

  @Test func cutTextIsExactlyTheRequestedWidth() {
    let samples = ["成渝城市群", "Chengdu 成都", "a成b渝c", "👩‍👩‍👧x🚄y", "e\u{301}e\u{301}成e"]
    for s in samples {
      for w in 1...12 where DisplayWidth.of(s) > w {
        #expect(DisplayWidth.of(DisplayWidth.truncate(s, to: w)) == w, "\(s) to \(w)")
      }
    }
  }

  @Test func padAlignsToExactWidth() {
    #expect(DisplayWidth.pad("成都", to: 6) == "成都  ")
    #expect(DisplayWidth.pad("42", to: 5, alignRight: true) == "   42")
    #expect(DisplayWidth.pad("成渝城市群", to: 5) == "成渝…")
    #expect(DisplayWidth.pad("成渝城市群", to: 4) == "成… ")
    for s in ["", "x", "成", "成渝城市群", "Zigong 自贡"] {
      for w in 0...12 { #expect(DisplayWidth.of(DisplayWidth.pad(s, to: w)) == w) }
    }
  }

  @Test func prefixNeverSplitsAWideGlyph() {
    #expect(DisplayWidth.prefix("成渝", columns: 3) == ("成", 2))
    #expect(DisplayWidth.prefix("a成", columns: 2) == ("a", 1))
  }

  /// The generated table agrees with glibc under C.UTF-8 wherever glibc knows the character
  /// (it returns −1 for unassigned code points, which we draw as one column).
  @Test func tableAgreesWithGlibc() throws {
    let old = String(cString: setlocale(LC_CTYPE, nil))
    defer { _ = setlocale(LC_CTYPE, old) }
    try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
    var mismatches: [String] = []
    let ranges: [ClosedRange<UInt32>] = [0xA0...0xD7FF, 0xE000...0xFFFD, 0x1F000...0x1FAFF,
                                         0x20000...0x2A6DF]
    for range in ranges {
      for v in range {
        guard let s = Unicode.Scalar(v) else { continue }
        let theirs = libcWcwidth(Int32(v))
        if theirs >= 0 && Int(theirs) != DisplayWidth.of(scalar: s) {
          mismatches.append(String(v, radix: 16))
        }
      }
    }
    #expect(mismatches.isEmpty, "differs from glibc at U+\(mismatches.prefix(20))")
  }
}

extension DisplayWidthTests {
  @Test func suffixKeepsTheEndWithinTheColumns() {
    #expect(DisplayWidth.suffix("abc成都", columns: 5) == ("c成都", 5))
    #expect(DisplayWidth.suffix("abc成都", columns: 3) == ("都", 2))  // 成 would cross the limit
    #expect(DisplayWidth.suffix("abc", columns: 10) == ("abc", 3))
    #expect(DisplayWidth.suffix("abc", columns: 0) == ("", 0))
  }
}

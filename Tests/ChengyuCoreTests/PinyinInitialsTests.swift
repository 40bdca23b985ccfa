import ChengyuCore
import Testing

@Suite struct PinyinInitialsTests {
  @Test(arguments: [
    ("Chongqing Municipality", "cq"), ("Chengdu", "cd"), ("Suining", "sn"), ("Guang'an", "ga"),
    ("Ma'anshan", "mas"), ("Xianning", "xn"), ("Banan District", "bn"), ("Jiulongpo District", "jlp"),
    ("Longquanyi District", "lqy"), ("Qingbaijiang District", "qbj"), ("Liupanshui", "lps"),
    ("Panzhihua", "pzh"), ("Huanggang", "hg"), ("Zhenjiang", "zj"), ("Anhui Province", "ah"),
    ("Taizhou (Jiangsu)", "tzjs"), ("Liangshan Yi Autonomous Prefecture", "lsy"),
  ])
  func initialsOfPlaceNames(_ example: (String, String)) {
    #expect(PinyinInitials.of(example.0) == example.1)
  }

  /// Under pinyin orthography a vowel-initial syllable needs an apostrophe, so "Xingan" is
  /// xin-gan, never xing-an; "Xi'an" is two syllables and "Xian" one.
  @Test func apostropheRuleDecidesTheSplit() {
    #expect(PinyinInitials.of("Xingan") == "xg")
    #expect(PinyinInitials.of("Xi'an") == "xa")
    #expect(PinyinInitials.of("Xian") == "x")
  }

  @Test func wordsThatAreNotPinyinAddNothing() {
    #expect(PinyinInitials.of("Ngawa Tibetan and Qiang Autonomous Prefecture") == "q")
    #expect(PinyinInitials.of("Shaanxi") == "")
    #expect(PinyinInitials.of("") == "")
    #expect(PinyinInitials.of("County City District") == "")
  }

  /// The splitter used to recurse once per syllable: a long `name_en` overflowed the stack on
  /// every command. It must also stay linear (no string rebuilt per syllable).
  @Test func twoHundredThousandSyllablesInOneWord() {
    #expect(PinyinInitials.of(String(repeating: "ba", count: 200_000)) == String(repeating: "b", count: 200_000))
    #expect(PinyinInitials.of("X " + String(repeating: "zhang", count: 40_000)) == String(repeating: "z", count: 40_000))
    // Ambiguous or unsplittable long words still add nothing.
    #expect(PinyinInitials.of(String(repeating: "ba", count: 100_000) + "q") == "")
  }
}

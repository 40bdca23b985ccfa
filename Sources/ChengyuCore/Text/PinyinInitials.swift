/// The initials of a romanised (pinyin) place name, for searching `cq` → Chongqing.
///
/// Names in the data are written in standard pinyin orthography: syllables run together, with an
/// apostrophe before a syllable that starts with a, e or o (Guang'an, Ya'an). Under that rule a
/// word splits into syllables in at most one way, so the initials are read off, not guessed: a
/// word that does not split into pinyin syllables (English words such as "District", or
/// non-pinyin names such as "Ngawa"), or that splits in more than one way, adds nothing.
public enum PinyinInitials {
  /// The first letter of every syllable of every pinyin word of `name`, lower case, e.g.
  /// "Chongqing Municipality" → "cq", "Ma'anshan" → "mas", "Aba Tibetan and Qiang" → "abq".
  public static func of(_ name: String) -> String {
    var out = ""
    for word in name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
      let lower = TextMatch.fold(String(word))
      var initials = ""
      var ok = true
      for part in lower.split(whereSeparator: { $0 == "'" || $0 == "’" }) {
        guard let part = uniqueSplit(Array(part.utf8)) else {
          ok = false
          break
        }
        initials += part
      }
      if ok { out += initials }
    }
    return out
  }

  /// The initials of the only way `s` splits into syllables, or nil when it splits in none or in
  /// more than one; a syllable after the first may not start with a vowel (it would need an
  /// apostrophe).
  ///
  /// Dynamic programming from the end of the word, not recursion: a `name_en` is untrusted and a
  /// 200,000-syllable word must neither overflow the stack nor take quadratic time.
  private static func uniqueSplit(_ s: [UInt8]) -> String? {
    let n = s.count
    // ways[i]: how many ways s[i...] splits (counted up to 2); next[i]: the syllable's end in
    // the split found, used only where ways[i] == 1.
    var ways = [UInt8](repeating: 0, count: n + 1)
    var next = [Int](repeating: 0, count: n + 1)
    ways[n] = 1
    var i = n - 1
    while i >= 0 {
      defer { i -= 1 }
      if i > 0, vowels.contains(s[i]) { continue }
      var key: UInt64 = 0
      for length in 1...min(6, n - i) {
        key = key << 8 | UInt64(s[i + length - 1])
        guard ways[i + length] > 0, table.contains(key) else { continue }
        ways[i] = min(2, ways[i] + ways[i + length])
        next[i] = i + length
      }
    }
    guard n > 0, ways[0] == 1 else { return n == 0 ? "" : nil }
    var initials: [UInt8] = []
    var at = 0
    while at < n {
      initials.append(s[at])
      at = next[at]
    }
    return String(decoding: initials, as: UTF8.self)
  }

  private static let vowels: Set<UInt8> = [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o")]

  /// Every toneless pinyin syllable (ü written v), its ASCII bytes packed big-endian into an
  /// integer (at most six letters), so lookups make no Strings.
  static let table: Set<UInt64> = {
    let finals: [String: String] = [
      "": "a ai an ang ao e ei en eng er o ou",
      "y": "a an ang ao e i in ing o ong ou u uan ue un",
      "w": "a ai an ang ei en eng o u",
      "b": "a ai an ang ao ei en eng i ian iao ie in ing o u",
      "p": "a ai an ang ao ei en eng i ian iao ie in ing o ou u",
      "m": "a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u",
      "f": "a an ang ei en eng o ou u",
      "d": "a ai an ang ao e ei en eng i ia ian iao ie ing iu ong ou u uan ui un uo",
      "t": "a ai an ang ao e eng i ian iao ie ing ong ou u uan ui un uo",
      "n": "a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan un uo v ve",
      "l": "a ai an ang ao e ei eng i ia ian iang iao ie in ing iu o ong ou u uan un uo v ve",
      "g": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
      "k": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
      "h": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
      "j": "i ia ian iang iao ie in ing iong iu u uan ue un",
      "q": "i ia ian iang iao ie in ing iong iu u uan ue un",
      "x": "i ia ian iang iao ie in ing iong iu u uan ue un",
      "zh": "a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo",
      "ch": "a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo",
      "sh": "a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo",
      "r": "an ang ao e en eng i ong ou u ua uan ui un uo",
      "z": "a ai an ang ao e ei en eng i ong ou u uan ui un uo",
      "c": "a ai an ang ao e en eng i ong ou u uan ui un uo",
      "s": "a ai an ang ao e en eng i ong ou u uan ui un uo",
    ]
    var all: Set<UInt64> = []
    for (initial, list) in finals {
      for final in list.split(separator: " ") {
        all.insert((initial + final).utf8.reduce(0) { $0 << 8 | UInt64($1) })
      }
    }
    return all
  }()
}

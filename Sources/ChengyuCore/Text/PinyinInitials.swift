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
        let parses = syllables(Array(part.utf8), from: 0, first: true, limit: 2)
        guard parses.count == 1 else {
          ok = false
          break
        }
        initials += parses[0]
      }
      if ok { out += initials }
    }
    return out
  }

  /// The initials of each way `s[from...]` splits into syllables (at most `limit` ways); a
  /// syllable after the first may not start with a vowel (it would need an apostrophe).
  private static func syllables(_ s: [UInt8], from: Int, first: Bool, limit: Int) -> [String] {
    if from == s.count { return [""] }
    if !first && vowels.contains(s[from]) { return [] }
    var found: [String] = []
    for length in stride(from: min(6, s.count - from), through: 1, by: -1) {
      guard table.contains(String(decoding: s[from..<from + length], as: UTF8.self)) else { continue }
      for rest in syllables(s, from: from + length, first: false, limit: limit - found.count) {
        found.append(String(UnicodeScalar(s[from])) + rest)
        if found.count >= limit { return found }
      }
    }
    return found
  }

  private static let vowels: Set<UInt8> = [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o")]

  /// Every toneless pinyin syllable (ü written v), by initial.
  static let table: Set<String> = {
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
    var all: Set<String> = []
    for (initial, list) in finals {
      for final in list.split(separator: " ") { all.insert(initial + final) }
    }
    return all
  }()
}

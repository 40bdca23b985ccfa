import ChengyuCore

extension CommandPinyin {
  /// Whether a folded palette text names the Chinese `title` by its pinyin: the syllables run
  /// together (`qingchu`, `shaixuan`) or their initials (`qcsx`, `qc`). Texts without a letter
  /// never match here (the title itself is matched as written elsewhere).
  static func matches(_ folded: String, title: String) -> Bool {
    guard let syllables = table[title], folded.contains(where: \.isLetter) else { return false }
    let words = syllables.split(separator: " ")
    let needle = folded.filter { $0 != " " }
    let joined = words.joined()
    let initials = String(words.compactMap(\.first))
    return TextMatch.matches(needle, joined) || initials.hasPrefix(needle)
  }
}

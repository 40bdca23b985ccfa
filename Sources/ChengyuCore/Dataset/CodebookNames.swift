/// Finds mechanism types and domains by the names people give them: the id, the Chinese or the
/// English name (ASCII letters in any case), the Chinese name without a final 机制, and each
/// alternative of a name such as 宣言/共识/备忘录 or 框架/战略合作协议 (框架, 框架协议). One
/// rule for the command line (`--mechanism 联席会议`) and for coding sheets (`chengyu import`).
public struct CodebookNames: Sendable {
  public let codebook: Codebook
  private let mechanisms: [String: Int]
  private let domains: [String: Int]

  public init(_ codebook: Codebook) {
    self.codebook = codebook
    // Reversed, so when two entries share a short form the first in the codebook wins.
    var m: [String: Int] = [:]
    for (i, x) in codebook.mechanisms.enumerated().reversed() {
      for key in Self.keys(id: x.id, zh: x.nameZh, en: x.nameEn) { m[key] = i }
    }
    var d: [String: Int] = [:]
    for (i, x) in codebook.domains.enumerated().reversed() {
      for key in Self.keys(id: x.id, zh: x.nameZh, en: x.nameEn) { d[key] = i }
    }
    mechanisms = m
    domains = d
  }

  /// The forms a category is found by, folded.
  private static func keys(id: String, zh: String, en: String) -> [String] {
    var keys = [TextMatch.fold(id), TextMatch.fold(zh), TextMatch.fold(en)]
    if zh.hasSuffix("机制"), zh.count > 3 { keys.append(String(zh.dropLast(2))) }
    let parts = zh.split(whereSeparator: { $0 == "/" || $0 == "与" || $0 == "、" }).map(String.init)
    if parts.count > 1 {
      for part in parts {
        keys.append(part)
        if !part.hasSuffix("协议"), zh.hasSuffix("协议") { keys.append(part + "协议") }
      }
    }
    return keys.filter { !$0.isEmpty }
  }

  /// The mechanism type `text` names, or nil.
  public func mechanism(_ text: String) -> Mechanism? {
    mechanisms[TextMatch.fold(text)].map { codebook.mechanisms[$0] }
  }

  /// The domain `text` names, or nil.
  public func domain(_ text: String) -> Domain? {
    domains[TextMatch.fold(text)].map { codebook.domains[$0] }
  }

  /// "id 中文名" of every mechanism type, for "(known: …)" in messages.
  public var knownMechanisms: [String] { codebook.mechanisms.map { "\($0.id) \($0.nameZh)" } }
  /// "id 中文名" of every domain.
  public var knownDomains: [String] { codebook.domains.map { "\($0.id) \($0.nameZh)" } }
}

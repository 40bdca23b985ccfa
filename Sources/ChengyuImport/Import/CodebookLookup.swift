import ChengyuCore

/// Finds mechanism types and domains by id, Chinese name or English name, as a coding sheet
/// may give them (联席会议机制, 联席会议, joint-conference, Joint conference).
struct CodebookLookup {
  let codebook: Codebook
  private let mechanisms: [String: Int]
  private let domains: [String: Int]

  init(_ codebook: Codebook) {
    self.codebook = codebook
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

  /// The forms a category is found by: id, names, the Chinese name without a final 机制, and
  /// each alternative of a name such as 宣言/共识/备忘录 or 框架/战略合作协议 (框架, 框架协议).
  private static func keys(id: String, zh: String, en: String) -> [String] {
    var keys = [id, fold(zh), fold(en)]
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

  /// ASCII lower-cased, so `Joint conference` matches `joint conference`.
  static func fold(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { c in
      c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c
    }))
  }

  func mechanism(_ text: String) -> Mechanism? {
    (mechanisms[text] ?? mechanisms[Self.fold(text)]).map { codebook.mechanisms[$0] }
  }

  func domain(_ text: String) -> Domain? {
    (domains[text] ?? domains[Self.fold(text)]).map { codebook.domains[$0] }
  }

  var knownMechanisms: String { codebook.mechanisms.map { "\($0.id) \($0.nameZh)" }.joined(separator: ", ") }
  var knownDomains: String { codebook.domains.map { "\($0.id) \($0.nameZh)" }.joined(separator: ", ") }
}

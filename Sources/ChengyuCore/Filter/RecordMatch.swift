/// The one rule for matching agreements and policies against search text, shared by `--text`,
/// the filter and the explorer's `/` search so they always find the same records.
///
/// The text is split into words at spaces and every word must match (so `遂宁 潼南` finds what
/// both signed). A word matches an agreement's id, date, Chinese or English title, or the id,
/// names, code or pinyin initials (`cq`) of one of its parties; a policy's id, date, titles or issuer.
public struct RecordMatch: Sendable {
  /// The folded words; empty matches everything.
  public let words: [String]

  public init(_ text: String) {
    words = TextMatch.fold(text).split(separator: " ").map(String.init)
  }

  public var isEmpty: Bool { words.isEmpty }

  public func matches(_ a: Agreement, in dataset: Dataset) -> Bool {
    words.allSatisfy { word in
      TextMatch.matches(word, a.id, a.date.description, a.titleZh, a.titleEn)
        || a.parties.contains { dataset.cityMatches($0, folded: word) }
    }
  }

  public func matches(_ p: Policy) -> Bool {
    words.allSatisfy { TextMatch.matches($0, p.id, p.date.description, p.titleZh, p.titleEn, p.issuerZh) }
  }
}

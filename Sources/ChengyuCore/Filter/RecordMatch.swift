/// The one rule for matching agreements and policies against search text, shared by `--text`,
/// the filter and the explorer's `/` search so they always find the same records.
///
/// The text is split into words at spaces and every word must match (so `遂宁 潼南` finds what
/// both signed). A word that **names a government** — in Chinese (`成都`), pinyin (`chengdu`) or
/// pinyin initials (`cd`), see `Dataset.cityMatches` — matches the agreements that government
/// signed, and at the `city` or `province` level also those signed by any government rolled up
/// into it; since all three scripts name the same government, they find the same agreements.
/// Any other word matches an id, a date, or a title **in the language typed**: a word with a
/// non-ASCII character the Chinese title, any other word the English title.
/// A policy matches a word in its id, date or title in the language typed (a Chinese word also in
/// its issuer), or, for a word that names a government, when it mentions that government.
public struct RecordMatch: Sendable {
  /// One search word, resolved once against the dataset.
  struct Word: Sendable {
    /// The folded word.
    let text: String
    /// Whether it holds a non-ASCII character (then it matches Chinese titles).
    let chinese: Bool
    /// Per city index: whether the word names that government; empty when it names none.
    let named: [Bool]
    /// Whether it can occur in a date's text (only digits and `-`), so other words skip dates.
    let datelike: Bool
  }

  let words: [Word]
  /// Per city index, the node it counts as at the match's aggregation level.
  private let rollUp: [Int]

  /// The words of `text` resolved against `dataset`; parties match at `aggregation`.
  public init(_ text: String, in dataset: Dataset, aggregation: AggregationLevel = .signed) {
    let folded = TextMatch.fold(text).split(separator: " ").map(String.init)
    words = folded.map { w in
      let named = dataset.cities.indices.map { dataset.cityMatches($0, folded: w) }
      return Word(text: w, chinese: w.utf8.contains { $0 >= 0x80 }, named: named.contains(true) ? named : [],
                  datelike: w.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 45 })
    }
    rollUp = words.isEmpty || aggregation == .signed ? [] : dataset.rollUpMap(aggregation)
  }

  /// True when there are no words (everything matches).
  public var isEmpty: Bool { words.isEmpty }

  /// The folded words, in order.
  public var texts: [String] { words.map(\.text) }

  /// Whether every word names a government, in the sense above.
  public var namesGovernments: Bool { words.allSatisfy { !$0.named.isEmpty } }

  public func matches(_ a: Agreement) -> Bool {
    words.allSatisfy { w in
      if !w.named.isEmpty { return a.parties.contains { counts($0, as: w) } }
      return TextMatch.matches(w.text, a.id, a.date.description, w.chinese ? a.titleZh : a.titleEn)
    }
  }

  /// `matches(store[i])` from the columns: parties by index, text fields searched as bytes.
  public func matches(agreement i: Int, in store: AgreementStore) -> Bool {
    words.allSatisfy { w in
      if !w.named.isEmpty { return store.parties(i).contains { counts(Int($0), as: w) } }
      return store.withText(.id, i) { TextMatch.contains(foldingASCII: $0, w.text) }
        || (w.datelike && Self.date(store.date(i), contains: w.text))
        || store.withText(w.chinese ? .titleZh : .titleEn, i) { TextMatch.contains(foldingASCII: $0, w.text) }
    }
  }

  public func matches(_ p: Policy) -> Bool {
    words.allSatisfy { w in
      if !w.named.isEmpty, p.mentions.contains(where: { counts($0, as: w) }) { return true }
      let titles = w.chinese ? [p.titleZh, p.issuerZh] : [p.titleEn]
      return TextMatch.matches(w.text, [p.id, p.date.description] + titles)
    }
  }

  /// Whether `date.description` contains the folded word, from the date's digits written into
  /// a few bytes on the stack (a `String` per agreement made a title search over a million
  /// agreements several times slower).
  static func date(_ date: CalendarDate, contains word: String) -> Bool {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buf in
      func put(_ n: Int, digits: Int, at i: Int) {
        var n = n
        for k in stride(from: digits - 1, through: 0, by: -1) {
          buf[i + k] = UInt8(48 + n % 10)
          n /= 10
        }
      }
      put(date.year, digits: 4, at: 0)  // 1...9999 (CalendarDate's range), as `description`
      var count = 4
      for part in [date.month, date.day] {
        guard let part else { break }
        buf[count] = 45
        put(part, digits: 2, at: count + 1)
        count += 3
      }
      return TextMatch.contains(foldingASCII: UnsafeBufferPointer(rebasing: buf[0..<count]), word)
    }
  }

  /// Whether every word names government `city` itself (for lists of governments: the explorer's
  /// Cities search and `list cities --text`).
  public func names(city: Int) -> Bool {
    words.allSatisfy { !$0.named.isEmpty && $0.named[city] }
  }

  /// Whether every word names one of the two governments (for lists of ties).
  public func names(_ a: Int, or b: Int) -> Bool {
    words.allSatisfy { !$0.named.isEmpty && ($0.named[a] || $0.named[b]) }
  }

  /// Whether party `city` counts for the word: it is named, or the unit it rolls up to is.
  func counts(_ city: Int, as w: Word) -> Bool {
    w.named[city] || (!rollUp.isEmpty && w.named[rollUp[city]])
  }
}

/// A column a list can be sorted by.
public enum SortKey: String, CaseIterable, Sendable {
  /// The dataset's own order: provinces first, then each one's cities as `cities.csv` lists them.
  case dataset
  case strength, ties, centrality, betweenness, pinyin, province, level, weight, date, id, parties

  /// Numbers sort largest first by default; names, dates and ids smallest first.
  public var descendingByDefault: Bool {
    switch self {
    case .strength, .ties, .centrality, .betweenness, .weight, .parties: true
    case .dataset, .pinyin, .province, .level, .date, .id: false
    }
  }

  /// The keys `s` cycles through on a screen, the first being the default.
  public static func keys(for kind: ScreenKind) -> [SortKey] {
    switch kind {
    case .cities: [.dataset, .strength, .ties, .betweenness, .pinyin, .province, .level]
    case .measures: [.ties, .strength, .betweenness, .pinyin]
    case .ties: [.weight, .pinyin]
    case .agreements: [.date, .id, .parties]
    case .policies: [.date, .id]
    default: []
    }
  }
}

/// The sort of one screen's list: a key and a direction.
public struct SortState: Hashable, Sendable {
  /// The column sorted by.
  public var key: SortKey
  /// Largest (or last) first.
  public var descending: Bool

  /// A sort by `key`, in its default direction unless given.
  public init(key: SortKey, descending: Bool? = nil) {
    self.key = key
    self.descending = descending ?? key.descendingByDefault
  }
}

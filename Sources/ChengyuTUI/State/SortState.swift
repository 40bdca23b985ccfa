/// A column a list can be sorted by.
public enum SortKey: String, CaseIterable, Sendable {
  /// The dataset's own order: provinces first, then each one's cities as `cities.csv` lists them.
  case dataset
  case strength, ties, centrality, betweenness, pinyin, province, level, weight, date, id, parties
  case degree, closeness, eigenvector, clustering, core, constraint

  /// Numbers sort largest first by default; names, dates and ids smallest first; constraint
  /// smallest first too, since low constraint marks the brokers (partners not tied to each other).
  public var descendingByDefault: Bool {
    switch self {
    case .strength, .ties, .centrality, .betweenness, .weight, .parties: true
    case .degree, .closeness, .eigenvector, .clustering, .core: true
    case .dataset, .pinyin, .province, .level, .date, .id, .constraint: false
    }
  }

  /// The network measure a city list compares for this key, if any.
  public var measure: CityMeasure? {
    switch self {
    case .ties, .degree, .centrality: .degree
    case .strength: .strength
    case .betweenness: .betweenness
    case .closeness: .closeness
    case .eigenvector: .eigenvector
    case .clustering: .clustering
    case .core: .core
    case .constraint: .constraint
    case .dataset, .pinyin, .province, .level, .weight, .date, .id, .parties: nil
    }
  }

  /// The keys `s` cycles through on a screen, the first being the default.
  public static func keys(for kind: ScreenKind) -> [SortKey] {
    switch kind {
    case .cities: [.dataset, .strength, .ties, .betweenness, .pinyin, .province, .level]
    case .measures: [.degree, .strength, .betweenness, .closeness, .eigenvector, .clustering, .core, .constraint, .pinyin]
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

/// A column a list can be sorted by. Which keys a screen offers is the screen's `sortKeys`.
public enum SortKey: String, CaseIterable, Sendable {
  /// The dataset's own order: provinces first, then each one's cities as `cities.csv` lists them.
  case dataset
  case strength, ties, betweenness, pinyin, province, level, weight, date, id, parties
  case degree, closeness, eigenvector, clustering, core, constraint, effectiveSize

  /// Numbers sort largest first by default; names, dates and ids smallest first; constraint
  /// smallest first too, since low constraint marks the brokers (partners not tied to each other).
  public var descendingByDefault: Bool {
    switch self {
    case .strength, .ties, .betweenness, .weight, .parties: true
    case .degree, .closeness, .eigenvector, .clustering, .core, .effectiveSize: true
    case .dataset, .pinyin, .province, .level, .date, .id, .constraint: false
    }
  }

  /// How the key is named in messages ("Sorted by effective size descending").
  public var label: String { self == .effectiveSize ? "effective size" : rawValue }

  /// The network measure a city list compares for this key, if any.
  public var measure: CityMeasure? {
    self == .ties ? .degree : CityMeasure(rawValue: rawValue)
  }

  /// The key that sorts by a measure (its column on the Measures screen).
  public init(measure: CityMeasure) { self = SortKey(rawValue: measure.rawValue)! }

  /// The keys `s` cycles through on a screen kind, the first being the default (the screen's own
  /// `sortKeys`).
  public static func keys(for kind: ScreenKind) -> [SortKey] {
    ScreenRegistry.screen(for: kind)?.sortKeys ?? []
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

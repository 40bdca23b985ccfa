import ChengyuCore

/// A column a list can be sorted by. Which keys a screen offers is the screen's `sortKeys`; the
/// measure keys come from the core's `MeasureTable`, so a new measure is sortable at once.
public struct SortKey: Hashable, Sendable, CustomStringConvertible {
  /// Short name ("pinyin", "betweenness", "effective-size").
  public let id: String
  /// The `MeasureTable.cities` entry a city list compares for this key, if any.
  let measureID: String?
  /// Numbers sort largest first by default; names, dates and ids smallest first; constraint
  /// smallest first too (the measure table says so), since low constraint marks the brokers.
  public let descendingByDefault: Bool

  init(_ id: String, descending: Bool, measure: String? = nil) {
    self.id = id
    self.descendingByDefault = descending
    self.measureID = measure
  }

  /// The key that sorts by a measure of the core's table.
  public static func measure(_ m: CityMeasureDescriptor) -> SortKey {
    SortKey(m.id, descending: m.descendingByDefault, measure: m.id)
  }

  /// The network measure a city list compares for this key, if any.
  public var measure: CityMeasureDescriptor? { measureID.flatMap(MeasureTable.city) }

  /// How the key is named in messages ("Sorted by effective size descending").
  public var label: String {
    guard let m = measure, measureID == id else { return id }
    return m.title.lowercased()
  }

  /// The name in `language`: a measure by the measure table, the other keys by the catalogue.
  public func label(_ language: Language) -> String {
    if language == .en { return label }
    if let m = measure, measureID == id { return m.title(language) }
    let keys: [TUIStatusMsg] = [.sortDataset, .sortPinyin, .sortProvince, .sortLevel, .sortDate, .sortID, .sortWeight, .sortParties, .sortTies,
                               .sortGovernance, .sortCollaboration]
    return keys.first { $0.texts.en == id }?.text(language) ?? id
  }

  public var description: String { id }

  public static func == (a: SortKey, b: SortKey) -> Bool { a.id == b.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The dataset's own order: provinces first, then each one's cities as `cities.csv` lists them.
  public static let dataset = SortKey("dataset", descending: false)
  public static let pinyin = SortKey("pinyin", descending: false)
  public static let province = SortKey("province", descending: false)
  public static let level = SortKey("level", descending: false)
  public static let date = SortKey("date", descending: false)
  public static let id = SortKey("id", descending: false)
  public static let weight = SortKey("weight", descending: true)
  public static let parties = SortKey("parties", descending: true)
  /// A city's degree in the governance or the collaboration layer (Layers screen).
  public static let governanceDegree = SortKey("governance", descending: true)
  public static let collaborationDegree = SortKey("collaboration", descending: true)
  /// The Cities screen's "Ties" column: degree, under the name the column has there.
  public static let ties = SortKey("ties", descending: true, measure: "degree")
  public static let degree = measure(.degree)
  public static let strength = measure(.strength)
  public static let betweenness = measure(.betweenness)
  public static let closeness = measure(.closeness)
  public static let eigenvector = table("eigenvector")
  public static let clustering = table("clustering")
  public static let core = table("core")
  public static let constraint = table("constraint")
  public static let effectiveSize = table("effective-size")

  private static func table(_ id: String) -> SortKey {
    MeasureTable.city(id).map(measure) ?? SortKey(id, descending: true, measure: id)
  }

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

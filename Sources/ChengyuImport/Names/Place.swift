import ChengyuCore

/// A government a name can resolve to: one of the reference dataset's cities (which keeps its
/// id) or a gazetteer division that no dataset city stands for (id `cn` + its 6-digit code).
public struct Place: Sendable, Hashable {
  /// Where the place comes from.
  public enum Origin: Sendable, Hashable {
    /// Index into the reference dataset's cities.
    case dataset(Int)
    /// Index into the gazetteer's divisions.
    case gazetteer(Int)
  }

  public var origin: Origin
  public var id: CityID
  /// The current Chinese name (the dataset's `name_zh`, or the gazetteer's name).
  public var name: String
  public var level: AdminLevel
  /// Index of the parent place; nil for provincial-level units.
  public var parent: Int?
  /// Index of the provincial-level place it belongs to (its own index for a province).
  public var province: Int
  /// The gazetteer code this place stands for, when one matched.
  public var code: String?
  /// Every name it is known by: its name, former names, and gazetteer names it stands for.
  public var names: [String]
}

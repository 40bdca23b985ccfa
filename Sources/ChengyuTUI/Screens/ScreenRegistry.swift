/// Every screen of the explorer, in one list: tabs (in Tab order, digits `1`–`9` given in this
/// order), then the screens opened from them. Adding a screen is a new file and a line here.
enum ScreenRegistry {
  static let all: [any ExplorerScreen] = [
    CitiesScreen(), TiesScreen(), AgreementsScreen(), PoliciesScreen(), TimelineScreen(), MeasuresScreen(),
    HelpScreen(), MapScreen(), GraphScreen(), MatrixScreen(), LayersScreen(), CompareScreen(),
    CityScreen(), EgoScreen(), TieScreen(), RecordScreen.agreement, RecordScreen.policy, FilterPanelScreen(),
  ]

  /// The top-level screens, in Tab order.
  static let tabs: [any ExplorerScreen] = all.filter { $0.tab != nil }

  private static let byKind: [ScreenKind: any ExplorerScreen] =
    Dictionary(uniqueKeysWithValues: all.map { ($0.kind, $0) })

  /// The screen of a kind, if registered.
  static func screen(for kind: ScreenKind) -> (any ExplorerScreen)? { byKind[kind] }

  /// The screen of a kind; every kind a `ScreenID` can name is registered.
  static func spec(_ kind: ScreenKind) -> any ExplorerScreen {
    guard let screen = byKind[kind] else { fatalError("screen kind '\(kind.id)' is not in ScreenRegistry.all") }
    return screen
  }

  /// The tabs' digit keys: the first nine tabs get `1`–`9`; later ones are reached by Tab and
  /// by their `show-…` command.
  static func digit(ofTab index: Int) -> String? { index < 9 ? String(index + 1) : nil }
}

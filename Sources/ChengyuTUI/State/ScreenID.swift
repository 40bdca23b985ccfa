import ChengyuCore

/// A kind of screen: what key scopes, sort settings and the screen registry refer to. A new
/// screen declares its kind in its own file (`extension ScreenKind { static let map = … }`), so
/// no central enum has to grow.
public struct ScreenKind: Hashable, Sendable, CustomStringConvertible {
  /// Short lowercase name, unique among screens ("cities", "map"); its tab's palette command
  /// is `show-<id>`.
  public let id: String

  /// A kind named `id`.
  public init(_ id: String) { self.id = id }

  /// Name shown in the tab bar, breadcrumbs and help (from the screen's registry entry).
  public var title: String { title(.en) }

  /// The name in `language`.
  public func title(_ language: Language) -> String { ScreenRegistry.screen(for: self)?.title.text(language) ?? id }

  /// Every registered kind, in registry order.
  public static var allCases: [ScreenKind] { ScreenRegistry.all.map(\.kind) }

  public var description: String { id }
}

/// Which screen is shown. Screens without a subject are `.of(kind)` (`.cities`, `.help`, …);
/// detail screens name their subject by dataset index (not by node position), so they stay valid
/// when a filter change rebuilds the network.
public enum ScreenID: Hashable, Sendable {
  /// A screen without a subject: a tab, the help, the filter panel.
  case of(ScreenKind)
  /// A city, by index into `Dataset.cities`.
  case city(Int)
  /// The tie between two cities (indices into `Dataset.cities`, smaller first).
  case tie(Int, Int)
  /// An agreement record, by index into `Dataset.agreements`.
  case agreement(Int)
  /// A policy record, by index into `Dataset.policies`.
  case policy(Int)
  /// A city's ego network, by index into `Dataset.cities`.
  case ego(Int)

  /// The screen without its subject, used for key scopes, sort settings and the registry.
  public var kind: ScreenKind {
    switch self {
    case .of(let kind): kind
    case .city: .city
    case .tie: .tie
    case .agreement: .agreement
    case .policy: .policy
    case .ego: .ego
    }
  }

  /// Position among the tabs, or nil for a screen that is not a tab.
  public var tabIndex: Int? {
    guard case .of(let kind) = self else { return nil }
    return ScreenRegistry.tabs.firstIndex { $0.kind == kind }
  }

  /// The top-level screens, in Tab order (from the registry).
  public static var tabs: [ScreenID] { ScreenRegistry.tabs.map { .of($0.kind) } }
}

extension ScreenID {
  public static let cities = ScreenID.of(.cities)
  public static let ties = ScreenID.of(.ties)
  public static let agreements = ScreenID.of(.agreements)
  public static let policies = ScreenID.of(.policies)
  public static let timeline = ScreenID.of(.timeline)
  public static let measures = ScreenID.of(.measures)
  public static let help = ScreenID.of(.help)
  public static let filters = ScreenID.of(.filters)
}

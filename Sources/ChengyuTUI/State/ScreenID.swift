/// Which screen is shown. Detail screens name their subject by dataset index (not by node
/// position), so they stay valid when a filter change rebuilds the network.
public enum ScreenID: Hashable, Sendable {
  case cities, ties, agreements, policies, timeline, measures, help
  /// A city, by index into `Dataset.cities`.
  case city(Int)
  /// The tie between two cities (indices into `Dataset.cities`, smaller first).
  case tie(Int, Int)
  /// An agreement record, by index into `Dataset.agreements`.
  case agreement(Int)
  /// A policy record, by index into `Dataset.policies`.
  case policy(Int)
  /// The filter panel.
  case filters

  /// The top-level screens, in Tab order; keys 1–7 open them.
  public static let tabs: [ScreenID] = [.cities, .ties, .agreements, .policies, .timeline, .measures, .help]

  /// The screen without its subject, used for key scopes and sort settings.
  public var kind: ScreenKind {
    switch self {
    case .cities: .cities
    case .ties: .ties
    case .agreements: .agreements
    case .policies: .policies
    case .timeline: .timeline
    case .measures: .measures
    case .help: .help
    case .city: .city
    case .tie: .tie
    case .agreement: .agreement
    case .policy: .policy
    case .filters: .filters
    }
  }

  /// Position among the tabs, or nil for a detail screen.
  public var tabIndex: Int? { ScreenID.tabs.firstIndex(of: self) }
}

/// A kind of screen: what key scopes and sort settings refer to.
public enum ScreenKind: String, CaseIterable, Hashable, Sendable {
  case cities, city, ties, tie, agreements, agreement, policies, policy, timeline, measures, help, filters

  /// Name shown in the tab bar, breadcrumbs and help.
  public var title: String {
    switch self {
    case .cities: "Cities"
    case .city: "City"
    case .ties: "Ties"
    case .tie: "Tie"
    case .agreements: "Agreements"
    case .agreement: "Agreement"
    case .policies: "Policies"
    case .policy: "Policy"
    case .timeline: "Timeline"
    case .measures: "Measures"
    case .help: "Help"
    case .filters: "Filters"
    }
  }
}

/// Counts of events in one year or month, agreements split by mechanism family.
public struct PeriodCount: Sendable, Hashable {
  /// The year counted (or the year of the month counted).
  public var year: Int
  /// 1–12, or nil for a yearly count or for the events of a year whose month is unknown.
  public var month: Int?
  /// Agreements of the governance family.
  public var governance = 0
  /// Agreements of the collaboration family.
  public var collaboration = 0
  /// Policy documents (milestones).
  public var policies = 0

  /// An empty count for a year, or for a month of it.
  public init(year: Int, month: Int? = nil) {
    self.year = year
    self.month = month
  }

  /// All agreements, both families.
  public var agreements: Int { governance + collaboration }

  /// Agreements of one family.
  public func count(_ family: MechanismFamily) -> Int {
    family == .governance ? governance : collaboration
  }

  mutating func add(_ kind: TimelineEvent.Kind) {
    switch kind {
    case .agreement(_, .governance): governance += 1
    case .agreement(_, .collaboration): collaboration += 1
    case .policy: policies += 1
    }
  }
}

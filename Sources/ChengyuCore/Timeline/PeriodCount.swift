/// Counts of events in one year or month, agreements split by mechanism family.
public struct PeriodCount: Sendable, Hashable {
  public var year: Int
  /// 1–12, or nil for a yearly count or for the events of a year whose month is unknown.
  public var month: Int?
  public var governance = 0
  public var collaboration = 0
  public var policies = 0

  public init(year: Int, month: Int? = nil) {
    self.year = year
    self.month = month
  }

  public var agreements: Int { governance + collaboration }

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

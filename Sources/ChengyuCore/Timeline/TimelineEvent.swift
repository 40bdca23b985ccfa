/// A dated event on the timeline: an agreement signed or a policy issued.
public struct TimelineEvent: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Index into `Dataset.agreements`, with the agreement's mechanism family.
    case agreement(Int, MechanismFamily)
    /// Index into `Dataset.policies`: a milestone.
    case policy(Int)
  }

  public var date: CalendarDate
  public var id: String
  public var kind: Kind

  public init(date: CalendarDate, id: String, kind: Kind) {
    self.date = date
    self.id = id
    self.kind = kind
  }
}

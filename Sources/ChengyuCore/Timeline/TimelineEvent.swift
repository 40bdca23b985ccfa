/// A dated event on the timeline: an agreement signed or a policy issued.
public struct TimelineEvent: Sendable, Hashable {
  /// What happened, pointing into the dataset.
  public enum Kind: Sendable, Hashable {
    /// Index into `Dataset.agreements`, with the agreement's mechanism family.
    case agreement(Int, MechanismFamily)
    /// Index into `Dataset.policies`: a milestone.
    case policy(Int)
  }

  /// When, with the precision the source gives.
  public var date: CalendarDate
  /// The agreement's or policy's id.
  public var id: String
  /// Agreement or policy.
  public var kind: Kind

  /// An event.
  public init(date: CalendarDate, id: String, kind: Kind) {
    self.date = date
    self.id = id
    self.kind = kind
  }
}

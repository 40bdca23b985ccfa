/// The agreements around a policy (`chengyu show P024 --after 12`): those signed in the N months
/// after it, those of them among the governments it mentions, and the count in the N months
/// before, so a reader can see whether cooperation followed the document.
///
/// Dates are compared at their first day: a year-only date counts as 1 January, a month-only
/// date as the 1st. "After" is [policy, policy + N months), the policy's own day included;
/// "before" is [policy − N months, policy). A policy dated by year only therefore counts that
/// whole year's agreements as after it (`policyDateIsYearOnly` says so), and an agreement dated by
/// year only counts from 1 January (`Entry.yearOnly`).
public struct PolicyFollowUp: Sendable {
  /// One agreement of the window after the policy.
  public struct Entry: Sendable, Hashable {
    /// Index into `dataset.agreements`.
    public let agreement: Int
    /// Its parties (indices into `dataset.cities`, after the view's roll-up) that the policy
    /// mentions (also rolled up), in the agreement's order.
    public let mentionedParties: [Int]
    /// Two or more of its parties are mentioned: it ties governments the policy names.
    public var amongMentioned: Bool { mentionedParties.count >= 2 }
    /// The agreement's date gives only a year.
    public let yearOnly: Bool
  }

  public let policy: Int
  public let months: Int
  /// Agreements of the view in the window after the policy, by date then id.
  public let after: [Entry]
  /// How many agreements of the view fall in the window before it.
  public let before: Int
  public let policyDateIsYearOnly: Bool

  /// Agreements after the policy that tie two or more governments it mentions.
  public var amongMentioned: [Entry] { after.filter(\.amongMentioned) }

  /// The window around `policy` (index into `view.dataset.policies`) over the agreements that
  /// pass the view's filter; `months` ≥ 1.
  public init(view: NetworkView, policy: Int, months: Int) {
    let ds = view.dataset
    let p = ds.policies[policy]
    self.policy = policy
    self.months = months
    policyDateIsYearOnly = p.date.precision == .year
    let rollUp = ds.rollUpMap(view.filter.aggregation)
    let mentioned = Set(p.mentions.map { rollUp[$0] })
    let start = Self.firstDay(p.date)
    let (end, earliest) = (Self.shift(start, by: months), Self.shift(start, by: -months))
    var after: [Entry] = []
    var before = 0
    let store = ds.agreements  // columns: every agreement of the view is visited
    for i in view.agreements {
      let date = store.date(i)
      let day = Self.firstDay(date)
      if day >= earliest && day < start { before += 1 }
      guard day >= start && day < end else { continue }
      var parties: [Int] = []
      for q in store.parties(i).map(Int.init) where mentioned.contains(rollUp[q]) && !parties.contains(rollUp[q]) {
        parties.append(rollUp[q])
      }
      after.append(Entry(agreement: i, mentionedParties: parties, yearOnly: date.precision == .year))
    }
    self.after = after
    self.before = before
  }

  /// A date's first day as comparable (year, month, day).
  struct Day: Comparable {
    let year: Int, month: Int, day: Int
    static func < (l: Day, r: Day) -> Bool { (l.year, l.month, l.day) < (r.year, r.month, r.day) }
    /// One integer ordered as days are (`PolicyFollowUpIndex` sorts and searches these): a day
    /// is 1…31, also for the bounds `shift` makes, so 32 per month keeps the order.
    var key: Int { (year * 12 + month - 1) * 32 + day }
  }

  static func firstDay(_ d: CalendarDate) -> Day { Day(year: d.year, month: d.month ?? 1, day: d.day ?? 1) }

  /// The same day `months` later (or earlier). A day past the end of the target month (31 May
  /// + 1 month) stays as is: it is only a bound, and it orders just after that month's last day.
  static func shift(_ d: Day, by months: Int) -> Day {
    let m = d.year * 12 + (d.month - 1) + months
    let year = m >= 0 ? m / 12 : (m - 11) / 12
    return Day(year: year, month: m - year * 12 + 1, day: d.day)
  }
}

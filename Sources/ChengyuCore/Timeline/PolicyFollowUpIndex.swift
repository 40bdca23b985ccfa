/// The counts of `PolicyFollowUp` (agreements after, after among the governments named, before)
/// for every policy of a view in one pass, for the Timeline's policy rows.
///
/// `PolicyFollowUp` visits every agreement of the view per policy: 20,000 policies × 10⁶
/// agreements took minutes (issue 11). Here the view's agreements, already in date order, get
/// their first day as one integer each, so "after" and "before" are two binary searches; and
/// every government (after the view's roll-up) gets the places of its agreements in that order,
/// so "among named" only looks at the agreements of the named governments inside the window.
/// The counts are exactly those of `PolicyFollowUp` (PolicyFollowUpIndexTests).
public struct PolicyFollowUpIndex: Sendable {
  /// What followed one policy.
  public struct Counts: Sendable, Hashable {
    /// Agreements in the window after the policy (`PolicyFollowUp.after.count`).
    public let after: Int
    /// Of those, the ones tying two or more governments it names (`amongMentioned.count`).
    public let amongMentioned: Int
    /// Agreements in the window before it (`PolicyFollowUp.before`).
    public let before: Int
    public init(after: Int, amongMentioned: Int, before: Int) {
      (self.after, self.amongMentioned, self.before) = (after, amongMentioned, before)
    }
  }

  private let view: NetworkView
  private let rollUp: [Int]
  /// The first day (`PolicyFollowUp.Day.key`) of each agreement of the view, in the view's
  /// order, which is by date: nondecreasing.
  private let days: [Int]
  /// Per government (dataset city index, rolled up): places in `view.agreements` of the
  /// agreements it is a party of, increasing; CSR over `partyStart`.
  private let partyStart: [Int]
  private let partyPlaces: [Int32]

  /// One pass over the view's agreements and their parties.
  public init(view: NetworkView) {
    self.view = view
    let store = view.dataset.agreements
    let cities = view.dataset.cities.count
    rollUp = view.dataset.rollUpMap(view.filter.aggregation)
    days = view.agreements.map { Self.firstDayKey(store.dateKey($0)) }
    // Counted then filled; `last` drops a government's second party of one agreement (two
    // counties of one prefecture at city level).
    var start = [Int](repeating: 0, count: cities + 1)
    var last = [Int](repeating: -1, count: cities)
    for (place, a) in view.agreements.enumerated() {
      for q in store.parties(a) where last[rollUp[Int(q)]] != place {
        last[rollUp[Int(q)]] = place
        start[rollUp[Int(q)] + 1] += 1
      }
    }
    for c in 0..<cities { start[c + 1] += start[c] }
    var fill = Array(start.dropLast())
    var places = [Int32](repeating: 0, count: start[cities])
    last = [Int](repeating: -1, count: cities)
    for (place, a) in view.agreements.enumerated() {
      for q in store.parties(a) where last[rollUp[Int(q)]] != place {
        let r = rollUp[Int(q)]
        last[r] = place
        places[fill[r]] = Int32(place)
        fill[r] += 1
      }
    }
    partyStart = start
    partyPlaces = places
  }

  /// The counts of every policy of the view for a window of `months` (≥ 1), by policy (index
  /// into `dataset.policies`). `cancel` is checked every few hundred policies; once cancelled
  /// the result is incomplete and must be discarded.
  public func counts(months: Int, cancel: CancellationToken? = nil) -> [Int: Counts] {
    var scratch = Scratch(cities: view.dataset.cities.count)
    var result: [Int: Counts] = [:]
    result.reserveCapacity(view.policies.count)
    for (k, p) in view.policies.enumerated() {
      if k % 256 == 0, cancel.isCancelled { break }
      result[p] = counts(policy: p, months: months, &scratch)
    }
    return result
  }

  /// Marks reused from policy to policy, so none is cleared: a stamp tells the current one.
  private struct Scratch {
    /// named[c] == policy stamp: government c is named by the policy.
    var named: [Int]
    /// seen[c] == agreement stamp: c was already counted for the agreement being looked at.
    var seen: [Int]
    var policyStamp = 0
    var agreementStamp = 0
    init(cities: Int) { (named, seen) = ([Int](repeating: -1, count: cities), [Int](repeating: -1, count: cities)) }
  }

  private func counts(policy: Int, months: Int, _ s: inout Scratch) -> Counts {
    let date = view.dataset.policies[policy].date
    let start = PolicyFollowUp.firstDay(date)
    let (from, to) = (lowerBound(start.key), lowerBound(PolicyFollowUp.shift(start, by: months).key))
    let before = from - lowerBound(PolicyFollowUp.shift(start, by: -months).key)
    s.policyStamp += 1
    var named: [Int] = []
    for m in view.dataset.policies[policy].mentions where s.named[rollUp[m]] != s.policyStamp {
      s.named[rollUp[m]] = s.policyStamp
      named.append(rollUp[m])
    }
    guard named.count >= 2, to > from else { return Counts(after: to - from, amongMentioned: 0, before: before) }
    // Each named government's agreements inside the window. An agreement among the named has
    // two of them, so it is in the window of one that is not the busiest: scanning the others
    // finds it (counted from its first such government only). Or scan the window itself.
    let windows = named.map { c in
      let list = partyStart[c]..<partyStart[c + 1]
      return (c, placeBound(list, from)..<placeBound(list, to))
    }
    let busiest = windows.indices.max { windows[$0].1.count < windows[$1].1.count }!
    let others = windows.indices.filter { $0 != busiest }
    var among = 0
    if others.reduce(0, { $0 + windows[$1].1.count }) < to - from {
      for i in others {
        let (c, range) = windows[i]
        for k in range {
          let found = namedParties(place: Int(partyPlaces[k]), skipping: windows[busiest].0, &s)
          if found.count >= 2 && found.first == c { among += 1 }
        }
      }
    } else {
      for place in from..<to where namedParties(place: place, skipping: windows[busiest].0, &s).count >= 2 { among += 1 }
    }
    return Counts(after: to - from, amongMentioned: among, before: before)
  }

  /// How many distinct named governments the agreement at `place` has, and the smallest of them
  /// other than `skipping` (the one each agreement is counted from).
  private func namedParties(place: Int, skipping: Int, _ s: inout Scratch) -> (count: Int, first: Int?) {
    s.agreementStamp += 1
    var count = 0
    var first: Int?
    for q in view.dataset.agreements.parties(view.agreements[place]) {
      let r = rollUp[Int(q)]
      guard s.named[r] == s.policyStamp, s.seen[r] != s.agreementStamp else { continue }
      s.seen[r] = s.agreementStamp
      count += 1
      if r != skipping, first.map({ r < $0 }) ?? true { first = r }
    }
    return (count, first)
  }

  /// The first place whose day is on or after `day`.
  private func lowerBound(_ day: Int) -> Int {
    var (low, high) = (0, days.count)
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < day { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The first position in `list` (of `partyPlaces`) whose place is `place` or later.
  private func placeBound(_ list: Range<Int>, _ place: Int) -> Int {
    var (low, high) = (list.lowerBound, list.upperBound)
    while low < high {
      let mid = (low + high) / 2
      if Int(partyPlaces[mid]) < place { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// A packed date's (`AgreementStore.dateKey`) first day as `PolicyFollowUp.Day.key`.
  private static func firstDayKey(_ packed: Int32) -> Int {
    let v = Int(packed)
    let (month, day) = (v / 100 % 100, v % 100)
    return PolicyFollowUp.Day(year: v / 10_000, month: month == 0 ? 1 : month, day: day == 0 ? 1 : day).key
  }
}

/// The counts of `PolicyFollowUp` (agreements after, after among the governments named, before)
/// for every policy of a view in one pass, for the Timeline's policy rows.
///
/// `PolicyFollowUp` visits every agreement of the view per policy: 20,000 policies × 10⁶
/// agreements took minutes (issue 11). Here the view's agreements, already in date order, get
/// their first day as one integer each, so "after" and "before" are two binary searches; and
/// every government (after the view's roll-up) gets the places of its agreements in that order,
/// so "among named" only looks at the agreements of the named governments inside the window.
/// The counts are exactly those of `PolicyFollowUp` (PolicyFollowUpIndexTests). At 10⁶
/// agreements the index takes about 0.1 s and a window's counts 0.1–1 s CPU, most of it in
/// "among named" for governments that are parties of tens of thousands of agreements
/// (docs/performance.md "Policy follow-up in one pass").
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
  /// Per place in `view.agreements`: its distinct parties after the roll-up (dataset city
  /// indices), CSR over `placeStart`.
  private let placeStart: [Int]
  private let placeParties: [Int32]
  /// Per government (rolled up): the places of the agreements it is a party of, increasing;
  /// CSR over `partyStart`.
  private let partyStart: [Int]
  private let partyPlaces: [Int32]

  /// Two passes over the agreements' columns in file order (sequential reads; the view's date
  /// order would jump around them, and at 10⁶ agreements the cache misses were most of the
  /// time), writing each agreement's day and parties at its place, then one over the result.
  public init(view: NetworkView) {
    self.view = view
    let storage = view.dataset.agreements.storage
    let cities = view.dataset.cities.count
    let rollUp = view.dataset.rollUpMap(view.filter.aggregation)
    self.rollUp = rollUp
    let count = view.agreements.count
    var placeOf = [Int32](repeating: -1, count: storage.dates.count)
    for (place, a) in view.agreements.enumerated() { placeOf[a] = Int32(place) }
    // `last` drops a government's second party of one agreement (two counties of one
    // prefecture at city level).
    var last = [Int32](repeating: -1, count: cities)
    var days = [Int](repeating: 0, count: count)
    var placeStart = [Int](repeating: 0, count: count + 1)
    var perParty = [Int](repeating: 0, count: cities + 1)
    for a in 0..<placeOf.count where placeOf[a] >= 0 {
      let place = Int(placeOf[a])
      days[place] = Self.firstDayKey(storage.dates[a])
      var n = 0
      for k in Int(storage.partyStart[a])..<Int(storage.partyStart[a + 1]) where last[rollUp[Int(storage.parties[k])]] != placeOf[a] {
        let r = rollUp[Int(storage.parties[k])]
        last[r] = placeOf[a]
        perParty[r + 1] += 1
        n += 1
      }
      placeStart[place + 1] = n
    }
    for p in 0..<count { placeStart[p + 1] += placeStart[p] }
    var placeParties = [Int32](repeating: 0, count: placeStart[count])
    last = [Int32](repeating: -1, count: cities)
    for a in 0..<placeOf.count where placeOf[a] >= 0 {
      var at = placeStart[Int(placeOf[a])]
      for k in Int(storage.partyStart[a])..<Int(storage.partyStart[a + 1]) where last[rollUp[Int(storage.parties[k])]] != placeOf[a] {
        let r = rollUp[Int(storage.parties[k])]
        last[r] = placeOf[a]
        placeParties[at] = Int32(r)
        at += 1
      }
    }
    for c in 0..<cities { perParty[c + 1] += perParty[c] }
    var fill = Array(perParty.dropLast())
    var partyPlaces = [Int32](repeating: 0, count: perParty[cities])
    for place in 0..<count {
      for k in placeStart[place]..<placeStart[place + 1] {
        let r = Int(placeParties[k])
        partyPlaces[fill[r]] = Int32(place)
        fill[r] += 1
      }
    }
    self.days = days
    (self.placeStart, self.placeParties) = (placeStart, placeParties)
    (partyStart, self.partyPlaces) = (perParty, partyPlaces)
  }

  /// The counts of every policy of the view for a window of `months` (≥ 1), by policy (index
  /// into `dataset.policies`).
  ///
  /// - Parameters:
  ///   - cancel: checked (and told the share of policies done) every 256 policies; once
  ///     cancelled the result is nil.
  public func counts(months: Int, cancel: CancellationToken? = nil) -> [Int: Counts]? {
    var named = [Int](repeating: -1, count: view.dataset.cities.count)
    var result: [Int: Counts] = [:]
    result.reserveCapacity(view.policies.count)
    for (k, p) in view.policies.enumerated() {
      if k % 256 == 0 {
        if cancel.isCancelled { return nil }
        cancel?.report(Double(k) / Double(view.policies.count))
      }
      result[p] = counts(policy: p, stamp: k, months: months, named: &named)
    }
    return result
  }

  /// `named[c] == stamp`: government c is named by the policy being counted (a stamp per
  /// policy, so the marks are never cleared).
  private func counts(policy: Int, stamp: Int, months: Int, named marks: inout [Int]) -> Counts {
    let start = PolicyFollowUp.firstDay(view.dataset.policies[policy].date)
    let (from, to) = (lowerBound(start.key), lowerBound(PolicyFollowUp.shift(start, by: months).key))
    let before = from - lowerBound(PolicyFollowUp.shift(start, by: -months).key)
    var named: [Int] = []
    for m in view.dataset.policies[policy].mentions where marks[rollUp[m]] != stamp {
      marks[rollUp[m]] = stamp
      named.append(rollUp[m])
    }
    guard named.count >= 2, to > from else { return Counts(after: to - from, amongMentioned: 0, before: before) }
    // Each named government's agreements inside the window. An agreement among the named has
    // two of them, so it is in the window of one that is not the busiest: scanning the others
    // finds it (counted from the first such government only). Or, when the others are longer,
    // scan the window itself. (Merging the sorted lists instead, with a galloping cursor in the
    // busiest, read them in order but was 2–3× slower at 10⁶ agreements.)
    let windows = named.map { c in
      let list = partyStart[c]..<partyStart[c + 1]
      return (c, placeBound(list, from)..<placeBound(list, to))
    }
    let busiest = windows.indices.max { windows[$0].1.count < windows[$1].1.count }!
    let others = windows.indices.filter { $0 != busiest }
    let skip = windows[busiest].0
    var among = 0
    let scan = others.reduce(0) { $0 + windows[$1].1.count }
    if scan < to - from {
      for i in others {
        let (c, range) = windows[i]
        for k in range {
          let found = namedParties(place: Int(partyPlaces[k]), skipping: skip, marks, stamp)
          if found.count >= 2 && found.first == c { among += 1 }
        }
      }
    } else {
      for place in from..<to where namedParties(place: place, skipping: skip, marks, stamp).count >= 2 { among += 1 }
    }
    return Counts(after: to - from, amongMentioned: among, before: before)
  }

  /// How many named governments (`marks[c] == stamp`) the agreement at `place` has, and the
  /// smallest of them other than `skipping` (the one each agreement is counted from).
  private func namedParties(place: Int, skipping: Int, _ marks: [Int], _ stamp: Int) -> (count: Int, first: Int?) {
    var count = 0
    var first = Int.max
    for k in placeStart[place]..<placeStart[place + 1] {
      let r = Int(placeParties[k])
      guard marks[r] == stamp else { continue }
      count += 1
      if r != skipping && r < first { first = r }
    }
    return (count, first == Int.max ? nil : first)
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

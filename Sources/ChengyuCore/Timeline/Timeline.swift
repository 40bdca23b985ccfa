/// Agreements and policies of a view as dated events, with counts per year or month.
public struct Timeline: Sendable {
  /// Sorted by date, then agreements before policies, then id.
  public let events: [TimelineEvent]

  /// The timeline of the given agreements and policies (indices into the dataset).
  public init(dataset: Dataset, agreements: [Int], policies: [Int]) {
    var events: [TimelineEvent] = []
    events.reserveCapacity(agreements.count + policies.count)
    let store = dataset.agreements
    for i in agreements {
      events.append(TimelineEvent(date: store.date(i), id: store.id(i), kind: .agreement(i, store.family(i))))
    }
    for i in policies {
      let p = dataset.policies[i]
      events.append(TimelineEvent(date: p.date, id: p.id, kind: .policy(i)))
    }
    events.sort { l, r in
      if l.date != r.date { return l.date < r.date }
      if l.isPolicy != r.isPolicy { return !l.isPolicy }
      return l.id < r.id
    }
    self.events = events
  }

  /// The timeline of a view's agreements and policies.
  public init(view: NetworkView) {
    self.init(dataset: view.dataset, agreements: view.agreements, policies: view.policies)
  }

  /// First and last year with an event, or nil when there is none.
  public var yearSpan: ClosedRange<Int>? {
    guard let first = events.first, let last = events.last else { return nil }
    return first.date.year...last.date.year
  }

  /// `Timeline(…).countsByYear()` without building (and sorting) the events: one pass over
  /// the date column, for counts of a million agreements (`chengyu stats`).
  public static func countsByYear(dataset: Dataset, agreements: [Int], policies: [Int]) -> [PeriodCount] {
    let store = dataset.agreements
    let years = agreements.lazy.map(store.year) + policies.lazy.map { dataset.policies[$0].date.year }
    guard let low = years.min(), let high = years.max() else { return [] }
    var counts = (low...high).map { PeriodCount(year: $0) }
    for i in agreements { counts[store.year(i) - low].add(.agreement(i, store.family(i))) }
    for i in policies { counts[dataset.policies[i].date.year - low].add(.policy(i)) }
    return counts
  }

  /// One count per year from the first to the last event, empty years included.
  public func countsByYear() -> [PeriodCount] {
    guard let span = yearSpan else { return [] }
    var counts = span.map { PeriodCount(year: $0) }
    for e in events { counts[e.date.year - span.lowerBound].add(e.kind) }
    return counts
  }

  /// Twelve monthly counts of a year, then one for its events whose source gives only the year.
  public func countsByMonth(year: Int) -> [PeriodCount] {
    var counts = (1...12).map { PeriodCount(year: year, month: $0) } + [PeriodCount(year: year)]
    for e in events where e.date.year == year { counts[(e.date.month ?? 13) - 1].add(e.kind) }
    return counts
  }

  /// Policy events: the milestones.
  public var milestones: [TimelineEvent] { events.filter(\.isPolicy) }

  /// Events within a year range.
  public func events(in years: ClosedRange<Int>) -> [TimelineEvent] {
    events.filter { years.contains($0.date.year) }
  }
}

extension TimelineEvent {
  /// True for a policy (a milestone), false for an agreement.
  public var isPolicy: Bool {
    if case .policy = kind { return true }
    return false
  }
}

import ChengyuCore
import ChengyuData
import Testing

/// Events, yearly and monthly bins on the small dataset: A1 2016-03-01 (G), A2 2016 (C),
/// A3 2017-05 (C), A4 2018-12-31 (G), A5 2019 (C), A6 2017-05-20 (C); policies P1 2016-04,
/// P2 2018-12-31, P3 2021.
@Suite("Timeline")
struct TimelineTests {
  let dataset = TestDatasets.small
  var timeline: Timeline { Timeline(view: dataset.view()) }

  @Test func eventsSortByDateThenAgreementsBeforePolicies() {
    // 2016 (year only) comes before 2016-03-01; on 2018-12-31 the agreement precedes the policy.
    #expect(timeline.events.map(\.id) == ["A2", "A1", "P1", "A3", "A6", "A4", "P2", "A5", "P3"])
    #expect(timeline.milestones.map(\.id) == ["P1", "P2", "P3"])
    #expect(timeline.yearSpan == 2016...2021)
  }

  @Test func eventKindsCarryIndexAndFamily() {
    let a4 = timeline.events.first { $0.id == "A4" }!
    #expect(a4.kind == .agreement(TestDatasets.A.a4, .governance))
    #expect(!a4.isPolicy)
    #expect(timeline.events.first { $0.id == "P3" }?.kind == .policy(2))
  }

  @Test func yearlyCountsIncludeEmptyYears() {
    let counts = timeline.countsByYear()
    #expect(counts.map(\.year) == [2016, 2017, 2018, 2019, 2020, 2021])
    #expect(counts.map(\.governance) == [1, 0, 1, 0, 0, 0])
    #expect(counts.map(\.collaboration) == [1, 2, 0, 1, 0, 0])
    #expect(counts.map(\.policies) == [1, 0, 1, 0, 0, 1])
    #expect(counts.map(\.agreements) == [2, 2, 1, 1, 0, 0])
    #expect(counts.allSatisfy { $0.month == nil })
    #expect(counts[0].count(.governance) == 1 && counts[1].count(.collaboration) == 2)
  }

  @Test func monthlyCountsPutYearOnlyDatesInTheUnknownMonthBucket() {
    let y2016 = timeline.countsByMonth(year: 2016)
    #expect(y2016.count == 13)
    #expect(y2016.map(\.month) == (1...12).map { Optional($0) } + [nil])
    #expect(y2016[2].governance == 1)  // March: A1
    #expect(y2016[3].policies == 1)  // April: P1
    #expect(y2016[12].collaboration == 1)  // A2, "2016": month unknown
    #expect(y2016.map(\.agreements).reduce(0, +) == 2)
    let y2017 = timeline.countsByMonth(year: 2017)
    #expect(y2017[4].collaboration == 2)  // May: A3 (2017-05) and A6 (2017-05-20)
    #expect(y2017[12].agreements == 0)
    let y2021 = timeline.countsByMonth(year: 2021)
    #expect(y2021[12].policies == 1)
    #expect(y2021[0..<12].allSatisfy { $0.policies == 0 && $0.agreements == 0 })
  }

  @Test func monthlyAndYearlyCountsAgree() {
    for year in timeline.countsByYear() {
      let months = timeline.countsByMonth(year: year.year)
      #expect(months.map(\.governance).reduce(0, +) == year.governance)
      #expect(months.map(\.collaboration).reduce(0, +) == year.collaboration)
      #expect(months.map(\.policies).reduce(0, +) == year.policies)
    }
  }

  @Test func timeWindow() {
    #expect(timeline.events(in: 2017...2018).map(\.id) == ["A3", "A6", "A4", "P2"])
    var f = Filter()
    f.years = 2017...2018
    let window = Timeline(view: dataset.view(f))
    #expect(window.events.map(\.id) == ["A3", "A6", "A4", "P2"])
    #expect(window.yearSpan == 2017...2018)
  }

  @Test func emptyTimeline() {
    var f = Filter()
    f.years = 1990...1991
    let t = Timeline(view: dataset.view(f))
    #expect(t.events.isEmpty)
    #expect(t.yearSpan == nil)
    #expect(t.countsByYear().isEmpty)
    #expect(t.countsByMonth(year: 1990).allSatisfy { $0.agreements == 0 && $0.policies == 0 })
  }

  @Test func embeddedYearlyCountsAddUpToTheRecords() {
    let d = EmbeddedDataset.load()
    let t = Timeline(dataset: d, agreements: Array(d.agreements.indices), policies: Array(d.policies.indices))
    let counts = t.countsByYear()
    #expect(counts.map(\.agreements).reduce(0, +) == d.agreements.count)
    #expect(counts.map(\.policies).reduce(0, +) == d.policies.count)
    let governance = d.agreements.filter { $0.family == .governance }.count
    #expect(counts.map(\.governance).reduce(0, +) == governance)
    for c in counts {
      #expect(c.agreements == d.agreements.filter { $0.date.year == c.year }.count)
    }
  }
}

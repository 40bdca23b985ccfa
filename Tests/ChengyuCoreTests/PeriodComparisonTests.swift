import ChengyuCore
import Testing

/// Periods of the small dataset of `TestDatasets`: 2016 has A1 and A2, 2017 has A3 and A6,
/// 2018 has A4 (see that file for who signs what).
@Suite("PeriodComparison")
struct PeriodComparisonTests {
  let comparison = PeriodComparison(
    dataset: TestDatasets.small, filter: Filter(), periods: [2016...2016, 2016...2017, 2018...2018])

  private func list(_ ties: [PeriodComparison.TieChange]) -> [String] { ties.map { "\($0.a)-\($0.b):\($0.weight)" } }

  @Test func eachPeriodIsTheFilterWithItsYears() {
    #expect(comparison.periods.map { $0.view.agreements.count } == [2, 4, 1])
    #expect(comparison.periods.map { $0.measures.summary.ties } == [4, 9, 1])
  }

  @Test func tiesThatAppearVanishOrStay() {
    let (first, second) = (comparison.changes[0], comparison.changes[1])
    #expect(comparison.changes.count == 2)
    // 2016 → 2016-2017: the four 2016 ties stay; A3 and A6 add five, Yuzhong–Tongnan twice.
    #expect(first.kept == 4 && first.vanished.isEmpty)
    #expect(list(first.appeared) == [
      "tongnan-yuzhong:2", "chengdu-tongnan:1", "chengdu-yuzhong:1", "shuangliu-tongnan:1", "shuangliu-yuzhong:1",
    ])
    // 2016-2017 → 2018: only Sichuan–Chongqing (A4); the nine earlier ties vanish, heaviest first.
    #expect(second.kept == 0)
    #expect(list(second.appeared) == ["chongqing-sichuan:1"])
    #expect(second.vanished.count == 9 && list(second.vanished).first == "tongnan-yuzhong:2")
  }

  @Test func topCitiesByDegreeBreakTiesByID() throws {
    let degree = PeriodComparison.centralities[0]
    let top = try #require(comparison.top(3, comparison.periods[0], by: degree))
    // 2016: Chengdu has three partners; Jianyang and Shuangliu two each, Chongqing one.
    #expect(top.map(\.id) == ["chengdu", "jianyang", "shuangliu"])
    #expect(top.map(\.value) == [3, 2, 2])
  }
}

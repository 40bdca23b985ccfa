import ChengyuCore
import Testing

/// The agreements around a policy on the small dataset: P1 (2016-04) is given the mentions
/// chengdu and chongqing; agreements are A2 2016, A1 2016-03-01, A3 2017-05, A6 2017-05-20,
/// A4 2018-12-31, A5 2019.
@Suite struct PolicyFollowUpTests {
  let dataset: Dataset = {
    let ds = TestDatasets.small
    var policies = ds.policies
    policies[0].mentions = [TestDatasets.C.chengdu, TestDatasets.C.chongqing]
    return Dataset(cities: ds.cities, agreements: ds.agreements, policies: policies, codebook: ds.codebook)
  }()

  private func followUp(months: Int, aggregation: AggregationLevel = .signed, policy: Int = 0) -> (PolicyFollowUp, [String]) {
    var f = Filter()
    f.aggregation = aggregation
    let r = PolicyFollowUp(view: dataset.view(f), policy: policy, months: months)
    return (r, r.after.map { dataset.agreements[$0.agreement].id })
  }

  @Test func theWindowStartsOnThePolicysFirstDay() {
    // [2016-04-01, 2017-04-01): nothing; before, [2015-04-01, 2016-04-01): A2 (1 Jan) and A1.
    let (twelve, none) = followUp(months: 12)
    #expect(none.isEmpty && twelve.before == 2)
    // 14 months reach 2017-06-01: A3 (counted from 1 May) and A6.
    let (fourteen, ids) = followUp(months: 14)
    #expect(ids == ["A3", "A6"])
    #expect(fourteen.before == 2 && !fourteen.policyDateIsYearOnly)
    #expect(!fourteen.after[0].yearOnly)
  }

  @Test func amongMentionedNeedsTwoMentionedPartiesAfterRollUp() {
    // As signed, A3 has no mentioned party and A6 only Chengdu.
    let (signed, _) = followUp(months: 14)
    #expect(signed.after.map(\.mentionedParties.count) == [0, 1] && signed.amongMentioned.isEmpty)
    // At city level both tie Chengdu and Chongqing; A2 collapses into Chengdu and leaves the view.
    let (city, _) = followUp(months: 14, aggregation: .city)
    #expect(city.amongMentioned.count == 2 && city.before == 1)
    #expect(city.after[0].mentionedParties.map { dataset.cities[$0].id.rawValue } == ["chengdu", "chongqing"])
  }

  @Test func aYearOnlyPolicyCountsItsWholeYear() {
    var policies = dataset.policies
    policies[0].date = CalendarDate(year: 2017)!
    let ds = Dataset(cities: dataset.cities, agreements: dataset.agreements, policies: policies, codebook: dataset.codebook)
    let r = PolicyFollowUp(view: ds.view(), policy: 0, months: 12)
    #expect(r.policyDateIsYearOnly)
    #expect(r.after.map { ds.agreements[$0.agreement].id } == ["A3", "A6"])
    #expect(r.before == 2)  // A2 (2016-01-01) and A1 (2016-03-01) within the 12 months before 2017-01-01
  }
}

import ChengyuCore
import ChengyuData
import Testing

/// The one-pass follow-up counts of every policy (`PolicyFollowUpIndex`, the Timeline's rows)
/// against `PolicyFollowUp`, the per-policy pass over every agreement that `chengyu show P…
/// --after N` uses (the reference), for every window the explorer offers and every roll-up.
@Suite struct PolicyFollowUpIndexTests {
  static let windows = [6, 12, 24, 36]

  /// Filters that change which agreements and governments are counted.
  static func filters() -> [(String, Filter)] {
    AggregationLevel.allCases.flatMap { level -> [(String, Filter)] in
      var all = Filter()
      all.aggregation = level
      var governance = all
      governance.families = [.governance]
      var crossBorder = all
      crossBorder.crossBorderOnly = true
      return [("\(level) all", all), ("\(level) governance", governance), ("\(level) cross-border", crossBorder)]
    }
  }

  /// Compares every policy of the view; returns the totals so a caller can check the cases
  /// exercised something.
  @discardableResult
  static func expectSame(_ ds: Dataset, _ label: String) -> (after: Int, among: Int, before: Int) {
    var totals = (after: 0, among: 0, before: 0)
    for (name, f) in filters() {
      let view = ds.view(f)
      let index = PolicyFollowUpIndex(view: view)
      for months in windows {
        let counts = index.counts(months: months) ?? [:]
        #expect(counts.count == view.policies.count, "\(label) \(name)")
        for p in view.policies {
          let reference = PolicyFollowUp(view: view, policy: p, months: months)
          let want = PolicyFollowUpIndex.Counts(
            after: reference.after.count, amongMentioned: reference.amongMentioned.count, before: reference.before)
          #expect(counts[p] == want, "\(label) \(name) \(months) months: \(ds.policies[p].id)")
          totals.after += want.after
          totals.among += want.amongMentioned
          totals.before += want.before
        }
      }
    }
    return totals
  }

  @Test func embeddedDataCountsAsThePerPolicyPass() {
    let totals = Self.expectSame(EmbeddedDataset.load(), "embedded")
    #expect(totals.after > 0 && totals.among > 0 && totals.before > 0)
  }

  @Test func theSmallDatasetWithMentionsCountsAsThePerPolicyPass() {
    // Year-only and month-only dates on both sides, mentions that merge at city level.
    let ds = TestDatasets.small
    var policies = ds.policies
    policies[0].mentions = [TestDatasets.C.chengdu, TestDatasets.C.chongqing]
    let totals = Self.expectSame(
      Dataset(cities: ds.cities, agreements: ds.agreements, policies: policies, codebook: ds.codebook), "small")
    #expect(totals.among > 0)
  }

  /// SYNTHETIC corpora (seeded): policies naming one to three governments, dates given to the
  /// day, the month or the year. At province level the named governments' lists are longer than
  /// the window, so the index scans the window instead: both ways are compared.
  @Test(arguments: [UInt64(3), 11, 2026])
  func syntheticCorporaCountAsThePerPolicyPass(seed: UInt64) throws {
    let ds = try DatasetLoader.load(SyntheticCorpus(seed: seed, cities: 60, agreements: 2_000, policies: 150).files())
    let totals = Self.expectSame(ds, "seed \(seed)")
    #expect(totals.among > 0 && totals.before > 0)
  }

  @Test func aCancelledTokenStopsBeforeAnyPolicy() {
    let view = EmbeddedDataset.load().view()
    let token = CancellationToken()
    token.cancel()
    #expect(PolicyFollowUpIndex(view: view).counts(months: 12, cancel: token) == nil)
    #expect(!view.policies.isEmpty)
  }
}

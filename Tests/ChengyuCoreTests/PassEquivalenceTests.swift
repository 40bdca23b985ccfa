import ChengyuData
import Testing

@testable import ChengyuCore

/// Both filter passes of `NetworkBuilder` (by agreement, by pair), on one thread and several,
/// against the reference builder: the same agreements, nodes, ties in the same order (with
/// their agreements and `newman` weights) and adjacency, for every filter of the incidence
/// tests at every level. Small corpora stay on one thread unless told, so threads are forced.
@Suite("Filter passes and threads vs reference builder")
struct PassEquivalenceTests {
  static let runs: [(NetworkBuilder.Pass, Int)] = [(.byAgreement, 1), (.byPair, 1), (.byPair, 2), (.byPair, 3), (.byAgreement, 2)]

  static func expectSame(_ ds: Dataset, _ filter: Filter, _ label: String) {
    let ref = ReferenceNetwork(ds, filter)
    for (pass, threads) in runs {
      let (agreements, g) = NetworkBuilder(dataset: ds, filter: filter, pass: pass, threads: threads).build()
      IncidenceEquivalenceTests.expectSameNetwork(agreements, g, ref, "\(label) \(pass) ×\(threads)")
    }
  }

  @Test func embeddedDataAgreesForEveryPassAndThreadCount() {
    let ds = EmbeddedDataset.load()
    for (label, f) in IncidenceEquivalenceTests.filters(ds) { Self.expectSame(ds, f, label) }
  }

  @Test(arguments: [UInt64(3), 2026])
  func syntheticCorporaAgreeForEveryPassAndThreadCount(seed: UInt64) throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: seed)
    for (label, f) in IncidenceEquivalenceTests.filters(ds) { Self.expectSame(ds, f, "seed \(seed) \(label)") }
  }

  /// The automatic choice takes the pair pass for a filter keeping most agreements and the
  /// agreement pass for a narrow one (both give the reference's result, above).
  @Test func passIsChosenByTheShareOfPassingAgreements() throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: 3)
    let n = ds.agreements.count
    let named = RecordMatch(ds.cities[ds.agreements[0].parties[0]].nameZh, in: ds)
    let narrow = ds.agreements.indices.filter { named.matches(agreement: $0, in: ds.agreements) }.count
    #expect(narrow > 0 && narrow * 10 < n, "the corpus must have a narrow government")
    #expect(NetworkBuilder.prefersPairPass(passing: n, of: n))
    #expect(NetworkBuilder.prefersPairPass(passing: n / 2, of: n))
    #expect(!NetworkBuilder.prefersPairPass(passing: narrow, of: n))
    #expect(!NetworkBuilder.prefersPairPass(passing: 0, of: n))
  }

  /// The date order (a counting sort by date, then id order within a date) equals sorting by
  /// `precedes`, also when ids fall within a date (the file not in id order).
  @Test func dateOrderMatchesAComparisonSort() throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: 11)
    var shuffled = Array(ds.agreements)
    var rng = SplitMix64(seed: 9)
    for i in shuffled.indices.reversed() where i > 0 { shuffled.swapAt(i, rng.below(i + 1)) }
    // Few distinct dates, so runs of one date are long and their ids out of file order.
    for i in shuffled.indices { shuffled[i].date = shuffled[i * 7 % shuffled.count].date }
    let mixed = Dataset(cities: ds.cities, agreements: shuffled, policies: ds.policies, codebook: ds.codebook)
    for d in [ds, mixed] {
      let store = d.agreements
      #expect(d.agreementsByDateAndID() == store.indices.sorted { store.precedes($0, $1) })
    }
  }

  /// Filter-index sets from the columns equal testing each agreement's fields.
  @Test func filterIndexSetsMatchTheFields() throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: 2026)
    let index = FilterIndex(ds)
    let all = Array(ds.agreements)
    for year in Set(all.map(\.date.year)) {
      var f = Filter()
      f.years = year...year
      #expect(members(index.candidates(f, codebook: ds.codebook)) == all.indices.filter { all[$0].date.year == year })
    }
    for c in Set(all.map(\.provenance.confidence)) {
      var f = Filter()
      f.confidences = [c]
      #expect(members(index.candidates(f, codebook: ds.codebook)) == all.indices.filter { all[$0].provenance.confidence == c })
    }
    for most in 1...5 {
      var f = Filter()
      f.maxParties = most
      #expect(members(index.candidates(f, codebook: ds.codebook)) == all.indices.filter { all[$0].parties.count <= most })
    }
  }

  private func members(_ set: AgreementBitset) -> [Int] {
    var out: [Int] = []
    set.forEach { out.append($0) }
    return out
  }
}

/// The search's date test on stack bytes against the date's text.
@Suite("Search words in dates")
struct DateWordTests {
  @Test func dateBytesMatchLikeTheDescription() {
    var dates: [CalendarDate] = []
    for year in [1, 9, 10, 999, 2016, 9999] {
      dates.append(CalendarDate(year: year)!)
      for month in [1, 9, 10, 12] {
        dates.append(CalendarDate(year: year, month: month)!)
        for day in [1, 9, 10, 28] { dates.append(CalendarDate(year: year, month: month, day: day)!) }
      }
    }
    let words = ["2016", "0001", "-0", "16-1", "-10-", "1-09-2", "0", "9999-12-28", "99999", "12", "-", "01-01"]
    for d in dates {
      for w in words { #expect(RecordMatch.date(d, contains: w) == d.description.contains(w), "\(d) \(w)") }
    }
  }
}

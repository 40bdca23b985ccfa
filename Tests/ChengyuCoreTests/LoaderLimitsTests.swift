import ChengyuCore
import Foundation
import Testing

/// The targeted cases of issue 7 §6 at the loader: each ends in a dataset or in issues, quickly,
/// with a bounded report. (Before the fixes these overflowed the stack, took O(n²) or blocked.)
@Suite("Loader limits: hostile inputs")
struct LoaderLimitsTests {
  private func inspect(_ contents: [String: [UInt8]]) -> DatasetLoader.Report {
    DatasetLoader.inspect(DatasetFiles(origin: "mem/", contents: contents))
  }

  @Test func longPinyinNameLoadsAndHasItsInitials() throws {
    // One word of 40,000 syllables: the recursive splitter overflowed the stack here.
    let d = try #require(inspect(HostileDatasets.longPinyinName("zhang", 40_000)).dataset)
    #expect(d.cityInitials[2] == String(repeating: "z", count: 40_000))
    let ba = try #require(inspect(HostileDatasets.longPinyinName("ba", 50_000)).dataset)
    #expect(ba.cityInitials[2] == String(repeating: "b", count: 50_000))
  }

  @Test func parentChainTenThousandDeepLoadsAndRollsUp() throws {
    let d = try #require(inspect(HostileDatasets.parentChain(depth: 10_000)).dataset)
    let beta = try #require(d.cityIndex[CityID("beta")])
    let deepest = try #require(d.cityIndex[CityID("d9999")])
    let rollUp = d.rollUpMap(.city)
    #expect(rollUp[deepest] == beta)
    #expect(rollUp[d.cityIndex[CityID("d0")]!] == beta)
    #expect(d.rollUpMap(.province)[deepest] == d.cityIndex[CityID("alpha")])
  }

  @Test func longParentCycleIsReportedOnEveryMemberButShort() throws {
    let report = inspect(HostileDatasets.parentCycle(members: 2_000))
    #expect(report.dataset == nil)
    #expect(report.issues.count == 2_000)
    let first = try #require(report.issues.first)
    #expect(first == .at("mem/cities.csv", 5,
      "cycle in parent: c0 → c1 → c2 → c3 → c4 → c5 → c6 → c7 → … → c0 (2000 governments in the cycle)"))
    #expect(report.issues.allSatisfy { $0.reason.utf8.count < 200 })
    let lines = DatasetError(issues: report.issues).reportLines()
    #expect(lines.count == DatasetError.shownPerKind + 1)
    #expect(lines.last == "mem/cities.csv: … and 1800 more of the same kind (cycle in parent: …)")
  }

  @Test func shortCycleIsShownWhole() {
    let report = inspect(HostileDatasets.parentCycle(members: 3))
    #expect(report.issues.map(\.reason) == [
      "cycle in parent: c0 → c1 → c2 → c0", "cycle in parent: c1 → c2 → c0 → c1", "cycle in parent: c2 → c0 → c1 → c2",
    ])
  }

  @Test(arguments: [3_000, 10_000])
  func agreementWithThousandsOfPartiesIsRefused(_ n: Int) {
    let report = inspect(HostileDatasets.agreement(parties: n))
    #expect(report.dataset == nil)
    #expect(report.issues == [.at("mem/agreements.csv", 4,
      "agreement has \(n) distinct parties, more than the 1000 accepted (it would tie \(n * (n - 1) / 2) pairs; see docs/data-format.md)")])
  }

  @Test func agreementWithMoreThanAHundredPartiesLoadsWithAWarning() throws {
    let report = inspect(HostileDatasets.agreement(parties: 150))
    let d = try #require(report.dataset)
    #expect(report.warnings == [.at("mem/agreements.csv", 4,
      "agreement has 150 distinct parties (more than 100): its 11175 ties will dominate the network")])
    #expect(d.view(Filter()).graph.ties.count == 11_175 + 2)
    #expect(inspect(HostileDatasets.agreement(parties: 100)).warnings.isEmpty)
  }

  @Test func hundredThousandUnknownPartiesGiveABoundedReport() {
    let report = inspect(HostileDatasets.unknownParties(100_000))
    #expect(report.issues.count == 100_000)
    let lines = DatasetError(issues: report.issues).reportLines()
    #expect(lines.count == 201)
    #expect(lines[0] == "mem/agreements.csv:4: unknown city id \"u0\" in parties")
    #expect(lines[200] == "mem/agreements.csv: … and 99800 more of the same kind (unknown city id \"…\" in parties)")
  }

  @Test func oneBadCellRepeatedIsCappedPerKind() {
    var files = HostileDatasets.repeatedBadDate(40_000)
    files["domains.csv"]! += Array("roads,重复,Duplicate\n".utf8)
    let error = DatasetError(issues: inspect(files).issues)
    let lines = error.reportLines()
    // The other kind (a duplicate domain id) is still shown, although it comes first only in load order.
    #expect(lines.contains("mem/domains.csv:4: duplicate id \"roads\" (first on line 2)"))
    #expect(lines.count == 1 + 200 + 1)
    #expect(lines.last == "mem/agreements.csv: … and 39800 more of the same kind (bad or impossible date \"…\" (use YYYY, YYYY-MM or YYYY-MM-DD))")
    #expect(error.description.utf8.count < 40_000)
  }

  @Test func lineOfHundredMillionCommasFailsAtTheFieldLimit() {
    let report = inspect(HostileDatasets.commas(100_000_000))
    #expect(report.issues == [.at("mem/policies.csv", 1, "record has more than 10000 fields (the limit per record)")])
  }

  @Test func longQuotedValueIsCutInTheMessage() {
    let long = String(repeating: "x", count: 100_000)
    let issues = Fixtures.issues(Fixtures.valid("agreements.csv", replacing: "2019-05-01", with: long))
    #expect(issues.count == 1)
    let text = issues.first?.description ?? ""
    #expect(text == "mem/agreements.csv:2: bad or impossible date \"\(String(repeating: "x", count: 59))…\" (use YYYY, YYYY-MM or YYYY-MM-DD)")
  }
}

import ChengyuCore
import Testing

/// Each `Filter` field alone, then combined, on the small dataset of `TestDatasets` (agreements
/// A1–A6; see that file for who signs what).
@Suite("Filter")
struct FilterTests {
  let dataset = TestDatasets.small

  private func ids(_ change: (inout Filter) -> Void) -> [String] {
    var f = Filter()
    change(&f)
    return TestDatasets.ids(f)
  }

  @Test func noFilterKeepsEverythingByDate() {
    #expect(ids { _ in } == ["A2", "A1", "A3", "A6", "A4", "A5"])  // 2016 sorts before 2016-03-01
    #expect(Filter().isEmpty)
  }

  @Test func family() {
    #expect(ids { $0.families = [.governance] } == ["A1", "A4"])
    #expect(ids { $0.families = [.collaboration] } == ["A2", "A3", "A6", "A5"])
    #expect(ids { $0.families = [.governance, .collaboration] } == ids { _ in })
  }

  @Test func mechanism() {
    #expect(ids { $0.mechanisms = ["sectoral-agreement"] } == ["A3", "A6"])
    #expect(ids { $0.mechanisms = ["sectoral-agreement", "joint-conference"] } == ["A1", "A3", "A6", "A4"])
    #expect(ids { $0.mechanisms = ["no-such-mechanism"] } == [])
  }

  @Test func domainMatchesAnyOfTheAgreementsDomains() {
    #expect(ids { $0.domains = ["transport"] } == ["A1", "A3"])  // A3 is environment and transport
    #expect(ids { $0.domains = ["transport", "tourism"] } == ["A2", "A1", "A3", "A5"])
    #expect(!ids { $0.domains = ["environment"] }.contains("A4"))  // A4 has no domain
  }

  @Test func yearsAreInclusive() {
    #expect(ids { $0.years = 2017...2018 } == ["A3", "A6", "A4"])
    #expect(ids { $0.years = 2016...2016 } == ["A2", "A1"])
    #expect(ids { $0.years = 2020...2030 } == [])
  }

  @Test func levelsCountOnlyPartiesOfThoseLevels() {
    var f = Filter()
    f.levels = [.district, .county]
    let v = dataset.view(f)
    #expect(TestDatasets.ids(f) == ["A2", "A3", "A6"])
    #expect(TestDatasets.tieList(v) == [
      "jianyang-shuangliu:1", "shuangliu-tongnan:1", "shuangliu-yuzhong:1", "tongnan-yuzhong:2",
    ])
    #expect(ids { $0.levels = [.province] } == ["A4"])
  }

  @Test func inRegionOnlyDropsPartiesOutsideThePlanningArea() {
    var f = Filter()
    f.inRegionOnly = true
    let v = dataset.view(f)
    #expect(TestDatasets.ids(f) == ["A2", "A1", "A3", "A6", "A4"])  // A5 is Deyang–Guiyang
    #expect(v.nodeOf[TestDatasets.C.guiyang] == nil)
    #expect(v.nodeOf[TestDatasets.C.deyang] == nil)  // Deyang's only tie went with Guiyang
  }

  @Test func crossBorderKeepsOnlySichuanChongqingTies() {
    var f = Filter()
    f.crossBorderOnly = true
    let v = dataset.view(f)
    #expect(TestDatasets.ids(f) == ["A1", "A3", "A6", "A4"])
    #expect(TestDatasets.tieList(v) == [
      "chengdu-chongqing:1", "chengdu-tongnan:1", "chengdu-yuzhong:1", "chongqing-sichuan:1",
      "shuangliu-tongnan:1", "shuangliu-yuzhong:1",
    ])  // not Yuzhong–Tongnan (both Chongqing), not Deyang–Guiyang (Guizhou)
    f.aggregation = .province
    #expect(TestDatasets.tieList(dataset.view(f)) == ["chongqing-sichuan:4"])
  }

  @Test func crossBorderWithoutSichuanAndChongqingIdsKeepsTiesBetweenAnyTwoProvinces() {
    // The same dataset with the provinces renamed: the Sichuan–Chongqing rule cannot apply, so
    // every tie between two provincial-level units counts, Deyang–Guiyang (A5) included.
    let renamed = ["sichuan": "prov-s", "chongqing": "prov-c"]
    func rename(_ id: CityID) -> CityID { CityID(renamed[id.rawValue] ?? id.rawValue) }
    let cities = TestDatasets.cities.map { c in
      var c = c
      c.id = rename(c.id)
      c.parent = c.parent.map(rename)
      c.province = rename(c.province)
      return c
    }
    let other = Dataset(
      cities: cities, agreements: TestDatasets.agreements, policies: TestDatasets.policies,
      codebook: TestDatasets.codebook)
    var f = Filter()
    f.crossBorderOnly = true
    #expect(TestDatasets.ids(f, in: other) == ["A1", "A3", "A6", "A4", "A5"])
    #expect(TestDatasets.tieList(other.view(f)) == [
      "chengdu-prov-c:1", "chengdu-tongnan:1", "chengdu-yuzhong:1", "deyang-guiyang:1", "prov-c-prov-s:1",
      "shuangliu-tongnan:1", "shuangliu-yuzhong:1",
    ])
    f.aggregation = .province
    #expect(TestDatasets.tieList(other.view(f)) == ["guizhou-prov-s:1", "prov-c-prov-s:4"])
  }

  @Test func citiesInScopeFollowNodeConditionsAndRollUp() {
    let name = { (s: Set<Int>) in s.map { dataset.cities[$0].id.rawValue }.sorted() }
    var f = Filter()
    #expect(dataset.citiesInScope(f).count == dataset.cities.count)
    f.inRegionOnly = true
    #expect(dataset.citiesInScope(f).count == 8)  // not Guiyang, not Guizhou
    f.levels = [.district]
    f.aggregation = .city
    #expect(name(dataset.citiesInScope(f)) == ["chengdu", "chongqing"])  // Shuangliu; Yuzhong, Tongnan
    #expect(!f.hasAgreementConditions)
    f.years = 1990...1991  // an agreement condition does not narrow the scope
    #expect(f.hasAgreementConditions)
    #expect(name(dataset.citiesInScope(f)) == ["chengdu", "chongqing"])
  }

  @Test func familyCountsOfATie() throws {
    // At city level Chengdu–Chongqing carries A1 (joint conference), A3 and A6 (sectoral).
    var f = Filter()
    f.aggregation = .city
    let v = dataset.view(f)
    let (chengdu, chongqing) = (try #require(v.nodeOf[TestDatasets.C.chengdu]), try #require(v.nodeOf[TestDatasets.C.chongqing]))
    let tie = try #require(v.graph.ties.first { Set([$0.a, $0.b]) == Set([chengdu, chongqing]) })
    #expect(tie.weight == 3)
    #expect(v.familyCounts(of: tie) == (governance: 1, collaboration: 2))
  }

  @Test func textMatchesChineseNamesOfParties() {
    #expect(ids { $0.text = "潼南" } == ["A3", "A6"])
    #expect(ids { $0.text = "潼南县" } == ["A3", "A6"])  // a former name
    #expect(ids { $0.text = "贵阳市" } == ["A5"])
  }

  @Test func textMatchesPinyinCaseInsensitively() {
    #expect(ids { $0.text = "guiyang" } == ["A5"])
    #expect(ids { $0.text = "GuiYang" } == ["A5"])
    #expect(ids { $0.text = "TONGNAN" } == ["A3", "A6"])
    // What Chongqing signed (A1, A4): not A3, whose English title names Chongqing, nor A6,
    // whose Chongqing parties are districts (they count for Chongqing at the city level).
    #expect(ids { $0.text = "chongqing" } == ["A1", "A4"])
  }

  @Test func textMatchesTitlesAndIDs() {
    #expect(ids { $0.text = "交通" } == ["A1"])
    #expect(ids { $0.text = "joint conference" } == ["A4"])
    #expect(ids { $0.text = "a5" } == ["A5"])
    #expect(ids { $0.text = "没有这个" } == [])
  }

  @Test func everyWordMustMatchAndDatesMatch() {
    #expect(ids { $0.text = "潼南 成都" } == ["A6"])  // A3 has Tongnan but no Chengdu party
    #expect(ids { $0.text = "2017-05 潼南" } == ["A3", "A6"])  // month and day dates
    #expect(ids { $0.text = "2019" } == ["A5"])
    #expect(ids { $0.text = "  tongnan   CHENGDU " } == ["A6"])  // extra spaces, any case
    var f = Filter()
    f.text = "2016 国务院"
    #expect(TestDatasets.small.view(f).policies.map { TestDatasets.small.policies[$0].id } == ["P1"])
  }

  @Test func pinyinInitialsMatchParties() {
    #expect(ids { $0.text = "cq" } == ["A1", "A4"])  // Chongqing Municipality → "cq…"
    #expect(ids { $0.text = "yz 成都" } == ["A6"])  // Yuzhong District, with Chengdu
    #expect(TestDatasets.small.cityMatches(TestDatasets.small.cityIndex[CityID("chongqing")]!, folded: "cq"))
  }

  @Test func conditionsCombineWithAnd() {
    #expect(ids { $0.families = [.governance]; $0.domains = ["tourism"] } == [])
    #expect(ids { $0.families = [.collaboration]; $0.years = 2017...2017; $0.text = "潼南" } == ["A3", "A6"])
    #expect(ids { $0.families = [.governance]; $0.crossBorderOnly = true } == ["A1", "A4"])
    #expect(ids { $0.mechanisms = ["framework-agreement"]; $0.inRegionOnly = true } == ["A2"])
    #expect(ids { $0.domains = ["tourism"]; $0.aggregation = .city } == ["A5"])  // A2 is all Chengdu
  }

  @Test func clearedKeepsOnlyTheAggregation() {
    var f = Filter()
    f.families = [.governance]
    f.mechanisms = ["joint-conference"]
    f.domains = ["transport"]
    f.years = 2016...2017
    f.levels = [.prefecture]
    f.inRegionOnly = true
    f.crossBorderOnly = true
    f.text = "成都"
    f.aggregation = .province
    #expect(!f.isEmpty)
    let cleared = f.cleared()
    #expect(cleared.isEmpty)
    #expect(cleared.aggregation == .province)
    var expected = Filter()
    expected.aggregation = .province
    #expect(cleared == expected)
  }

  @Test func eachFieldAloneMakesTheFilterNonEmpty() {
    let changes: [(inout Filter) -> Void] = [
      { $0.families = [.governance] }, { $0.mechanisms = ["x"] }, { $0.domains = ["x"] },
      { $0.years = 2016...2016 }, { $0.levels = [.county] }, { $0.inRegionOnly = true },
      { $0.crossBorderOnly = true }, { $0.text = "x" },
    ]
    for change in changes {
      var f = Filter()
      change(&f)
      #expect(!f.isEmpty)
    }
    var f = Filter()
    f.aggregation = .city
    #expect(f.isEmpty)
  }

  @Test func policiesFollowYearsAndText() {
    func policyIDs(_ change: (inout Filter) -> Void) -> [String] {
      var f = Filter()
      change(&f)
      return dataset.view(f).policies.map { dataset.policies[$0].id }
    }
    #expect(policyIDs { _ in } == ["P1", "P2", "P3"])
    #expect(policyIDs { $0.years = 2017...2018 } == ["P2"])
    #expect(policyIDs { $0.text = "规划" } == ["P1"])
    #expect(policyIDs { $0.text = "CHENGDU-CHONGQING" } == ["P1"])
    #expect(policyIDs { $0.text = "重庆市人民政府" } == ["P3"])  // the issuer
    // Agreement-only conditions do not hide policies.
    #expect(policyIDs { $0.families = [.governance]; $0.crossBorderOnly = true } == ["P1", "P2", "P3"])
  }

  @Test func textFoldingIsASCIIOnly() {
    #expect(TextMatch.fold("ChengDu 成都") == "chengdu 成都")
    #expect(TextMatch.matches(TextMatch.fold("DU"), "Chengdu"))
    #expect(!TextMatch.matches("xyz", "Chengdu", "成都"))
    #expect(TextMatch.matches("", "anything"))
  }
}

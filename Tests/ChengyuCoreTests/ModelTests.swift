import ChengyuCore
import Testing

@Suite("Model lookups and orderings")
struct ModelTests {
  let dataset = TestDatasets.small

  @Test func lookupsByID() {
    #expect(dataset.city(CityID("tongnan"))?.nameZh == "潼南区")
    #expect(dataset.city(CityID("nowhere")) == nil)
    #expect(dataset.cityIndex[CityID("guizhou")] == TestDatasets.C.guizhou)
    #expect(dataset.agreement(id: "A3")?.titleZh == "川渝环境合作协议")
    #expect(dataset.agreement(id: "A9") == nil)
    #expect(dataset.policy(id: "P2")?.issuerZh == "四川省人民政府")
    #expect(dataset.mechanism(of: dataset.agreements[TestDatasets.A.a4]).id == "joint-conference")
    #expect(dataset.codebook.mechanismIndex("sectoral-agreement") == 2)
    #expect(dataset.codebook.domainIndex("environment") == 2)
    #expect(dataset.codebook.domainIndex("Environment") == nil)
  }

  @Test func levelsSortFromTheTopOfTheHierarchy() {
    // District and county share a rank; their names break the tie.
    #expect([AdminLevel.district, .province, .county, .prefecture].sorted() == [.province, .prefecture, .county, .district])
    #expect(AdminLevel.district.rank == AdminLevel.county.rank)
  }

  @Test func familiesHaveALetterAndChineseName() {
    #expect(MechanismFamily.allCases.sorted() == [.governance, .collaboration])
    #expect(MechanismFamily.governance.letter == "G" && MechanismFamily.collaboration.letter == "C")
    #expect(MechanismFamily.governance.nameZh == "治理" && MechanismFamily.collaboration.nameZh == "协作")
  }

  @Test func agreementFamilyFollowsItsMechanism() {
    for a in dataset.agreements { #expect(a.family == dataset.mechanism(of: a).family) }
  }

  @Test func tieStoresEndsInOrderAndCountsItsAgreements() {
    let t = Tie(a: 5, b: 2, agreements: [0, 3, 4])
    #expect((t.a, t.b) == (2, 5))
    #expect(t.weight == 3)
    #expect(t.other(2) == 5 && t.other(5) == 2)
    #expect(Tie(a: 1, b: 0, weight: 7).weight == 7)
  }
}

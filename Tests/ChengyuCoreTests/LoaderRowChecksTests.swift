import ChengyuCore
import Testing

/// Row checks beyond the fixture kinds: the valid fixture with one cell changed in memory.
@Suite("Loader row checks")
struct LoaderRowChecksTests {
  private let betaRow = "beta,乙市,Beta City,prefecture,alpha,alpha,,,,yes,whole,,,test fixture"

  private func citiesIssues(_ newBetaRow: String) -> [DatasetIssue] {
    Fixtures.issues(Fixtures.valid("cities.csv", replacing: betaRow, with: newBetaRow))
  }

  @Test func unknownProvince() {
    #expect(citiesIssues("beta,乙市,Beta City,prefecture,alpha,omega,,,,yes,whole,,,test fixture")
      == [.at("mem/cities.csv", 3, "unknown province id \"omega\"")])
  }

  @Test func provinceThatIsNotProvincial() {
    // gamma names beta as its province; beta is a prefecture.
    let contents = Fixtures.valid("cities.csv", replacing: "gamma,丙区,Gamma District,district,beta,alpha",
                                  with: "gamma,丙区,Gamma District,district,beta,beta")
    #expect(Fixtures.issues(contents)
      == [.at("mem/cities.csv", 4, "province \"beta\" is not a provincial-level unit")])
  }

  @Test func provinceThatDiffersFromTheParents() {
    // delta is a second province; gamma stays under beta (in alpha) but claims delta.
    var contents = Fixtures.valid("cities.csv", replacing: "gamma,丙区,Gamma District,district,beta,alpha",
                                  with: "gamma,丙区,Gamma District,district,beta,delta")
    let cities = String(decoding: contents["cities.csv"]!, as: UTF8.self)
      + "delta,丁省,Delta Province,province,,delta,,,,no,no,,,test fixture\n"
    contents["cities.csv"] = Array(cities.utf8)
    #expect(Fixtures.issues(contents)
      == [.at("mem/cities.csv", 4, "province \"delta\" differs from that of its parent \"beta\" (\"alpha\")")])
  }

  @Test func badCoordinates() {
    #expect(citiesIssues("beta,乙市,Beta City,prefecture,alpha,alpha,,91,east,yes,whole,,,test fixture") == [
      .at("mem/cities.csv", 3, "bad lat \"91\" (decimal degrees in -90…90)"),
      .at("mem/cities.csv", 3, "bad lon \"east\" (decimal degrees in -180…180)"),
    ])
  }

  @Test func coordinatesAreRead() throws {
    let contents = Fixtures.valid("cities.csv", replacing: betaRow,
                                  with: "beta,乙市,Beta City,prefecture,alpha,alpha,510100,30.57,104.07,yes,whole,旧名一;旧名二,,test fixture")
    let d = try DatasetLoader.load(DatasetFiles(origin: "mem/", contents: contents))
    let beta = try #require(d.city(CityID("beta")))
    #expect(beta.latitude == 30.57 && beta.longitude == 104.07 && beta.adcode == "510100")
    #expect(beta.formerNames == ["旧名一", "旧名二"])
    #expect(d.city(CityID("alpha"))?.latitude == nil)
  }

  @Test func unknownLevelAndInRegionOnOneRow() {
    #expect(citiesIssues("beta,乙市,Beta City,city,alpha,alpha,,,,true,whole,,,test fixture") == [
      .at("mem/cities.csv", 3, "unknown level \"city\" (use province, prefecture, district or county)"),
      .at("mem/cities.csv", 3, "in_region must be yes or no, not \"true\""),
    ])
  }

  @Test func emptyID() {
    // Without its id the row defines nothing, so every reference to beta is unknown too.
    #expect(citiesIssues(",乙市,Beta City,prefecture,alpha,alpha,,,,yes,whole,,,test fixture") == [
      .at("mem/cities.csv", 3, "empty id"),
      .at("mem/cities.csv", 4, "unknown parent id \"beta\""),
      .at("mem/agreements.csv", 2, "unknown city id \"beta\" in parties"),
      .at("mem/agreements.csv", 3, "unknown city id \"beta\" in parties"),
      .at("mem/policies.csv", 2, "unknown city id \"beta\" in mentions"),
    ])
  }

  @Test func unknownMechanismFamily() {
    let contents = Fixtures.valid("mechanisms.csv", replacing: "forum,governance", with: "forum,government")
    // The forum mechanism is dropped, so T002, which uses it, is reported too.
    #expect(Fixtures.issues(contents) == [
      .at("mem/mechanisms.csv", 2, "unknown mechanism family \"government\" (use governance or collaboration)"),
      .at("mem/agreements.csv", 3, "unknown mechanism \"forum\" (not in mechanisms.csv)"),
    ])
  }

  @Test func cellsAreTrimmedAndSanitized() throws {
    // Spaces around values and an escape sequence in a title are not kept.
    let contents = Fixtures.valid("agreements.csv", replacing: "T001,2019-05-01,甲乙合作协议",
                                  with: "T001 , 2019-05-01 ,甲乙\u{1B}[31m合作协议")
    let d = try DatasetLoader.load(DatasetFiles(origin: "mem/", contents: contents))
    let a = try #require(d.agreement(id: "T001"))
    #expect(a.titleZh == "甲乙合作协议")
    #expect(a.date.description == "2019-05-01")
  }
}

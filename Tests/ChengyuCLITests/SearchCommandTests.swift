import ChengyuCore
import Foundation
import Testing

/// `--text` means one thing everywhere: a government named in any script matches what it signed
/// (rolled up above `signed`); on `list cities|ties` it selects the rows it names; `show A B`
/// gives a tie's agreements; tables end with a count line; a search empty at the signed level
/// says what the city level would find.
@Suite struct SearchCommandTests {
  let ds = Reference.dataset

  private func json(_ args: [String]) throws -> [[String: Any]] {
    let r = try CLI.run(args + ["--format", "json"])
    #expect(r.status == 0, "\(args): \(r.stderr)")
    return try #require(try CLI.json(r) as? [[String: Any]])
  }

  private func agreementIDs(_ text: String, _ level: String = "signed") throws -> [String] {
    try json(["list", "agreements", "--text", text, "--aggregate", level]).map { $0["id"] as! String }
  }

  @Test(arguments: ["signed", "city", "province"])
  func chinesePinyinAndInitialsFindTheSameAgreements(level: String) throws {
    let rollUp = ds.rollUpMap(AggregationLevel(rawValue: level)!)
    var all = Filter()
    all.aggregation = AggregationLevel(rawValue: level)!
    let passing = ds.view(all).agreements
    for (id, names) in [("chengdu", ["成都", "chengdu", "cd"]), ("chongqing", ["重庆", "chongqing", "cq"])] {
      let target = ds.cityIndex[CityID(id)]!
      let expected = passing.filter { ds.agreements[$0].parties.contains { $0 == target || rollUp[$0] == target } }
        .map { ds.agreements[$0].id }
      #expect(!expected.isEmpty)
      for name in names { #expect(try agreementIDs(name, level) == expected, "\(name) at \(level)") }
    }
  }

  @Test func tiesAtTheCityLevelUseRolledUpParties() throws {
    let ties = try json(["list", "ties", "--aggregate", "city", "--text", "成都", "--text", "重庆"])
    var f = Filter()
    f.aggregation = .city
    let view = ds.view(f)
    let (u, v) = (view.nodeOf[ds.cityIndex[CityID("chengdu")]!]!, view.nodeOf[ds.cityIndex[CityID("chongqing")]!]!)
    let tie = try #require(view.graph.tie(between: u, and: v))
    #expect(ties.count == 1)
    #expect(ties.first?["a"] as? String == "chengdu" && ties.first?["b"] as? String == "chongqing")
    #expect(ties.first?["weight"] as? Int == view.graph.ties[tie].weight)
    // The agreements behind it, found by the same words at the city level.
    let agreements = try agreementIDs("成都 重庆", "city")
    #expect(Set(agreements).isSuperset(of: ties.first?["agreements"] as! [String]))
  }

  @Test func textOnCitiesAndTiesSelectsTheRowsItNames() throws {
    let cities = try json(["list", "cities", "--text", "sn"])
    let named = ds.cities.indices.filter { ds.cityMatches($0, folded: "sn") }.map { ds.cities[$0].id.rawValue }
    #expect(cities.map { $0["id"] as! String }.sorted() == named.sorted())
    #expect(cities.contains { $0["id"] as? String == "suining" })
    let ties = try json(["list", "ties", "--text", "成都"])
    #expect(!ties.isEmpty)
    #expect(ties.allSatisfy { $0["a"] as? String == "chengdu" || $0["b"] as? String == "chengdu" })
    // Every tie of Chengdu in the unfiltered network, with its full weight.
    let view = ds.view()
    let node = view.nodeOf[ds.cityIndex[CityID("chengdu")]!]!
    #expect(ties.count == view.graph.degree(node))
  }

  @Test func agreementTextNarrowsTheAgreementsBehindTheRows() throws {
    let ties = try json(["list", "ties", "--agreement-text", "成都"])
    var f = Filter()
    f.text = "成都"
    #expect(ties.count == ds.view(f).graph.tieCount)
    let both = try json(["list", "agreements", "--text", "2020", "--agreement-text", "成都"])
    f.text = "2020 成都"
    #expect(both.map { $0["id"] as! String } == ds.view(f).agreements.map { ds.agreements[$0].id })
  }

  @Test func anEmptySignedSearchNamesWhatTheCityLevelFinds() throws {
    let r = try CLI.run(["list", "agreements", "--text", "成都", "--text", "重庆"])
    #expect(r.status == 0)
    let atCity = try agreementIDs("成都 重庆", "city").count
    #expect(atCity > 0)
    #expect(r.stderr.contains("chengyu: nothing matches at the signed level; \(atCity) agreements at the city level"), "\(r.stderr)")
    let ties = try CLI.run(["list", "ties", "--text", "成都 重庆"])
    #expect(!ties.stdout.contains("chongqing"))
    #expect(ties.stderr.contains("chengyu: nothing matches at the signed level; 1 tie at the city level"), "\(ties.stderr)")
    let found = try CLI.run(["list", "agreements", "--text", "成都"])
    #expect(!found.stderr.contains("nothing matches"))
  }

  @Test func showOfTwoCitiesListsTheirTiesAgreements() throws {
    let r = try CLI.run(["show", "成都", "重庆", "--aggregate", "city", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try CLI.json(r) as? [String: Any])
    #expect(object["kind"] as? String == "tie")
    let listed = (object["agreements"] as! [[String: Any]]).map { $0["id"] as! String }
    let tie = try json(["list", "ties", "--aggregate", "city", "--text", "chengdu chongqing"])[0]
    #expect(listed.sorted() == (tie["agreements"] as! [String]).sorted())
    #expect(object["weight"] as? Int == listed.count)
    #expect(object["node_a"] as? String == "chengdu" && object["node_b"] as? String == "chongqing")
    let byName = try CLI.run(["show", "Chengdu", "重庆市", "--aggregate", "city"])
    #expect(byName.stdoutLines[0] == "chengdu 成都市 — chongqing 重庆市")
    #expect(byName.stdout.contains("agreements (\(listed.count), by date)"))
    for id in listed { #expect(byName.stdout.contains(id)) }
  }

  @Test func showOfTwoCitiesRefusesOneNodeAndUnknownNames() throws {
    let same = try CLI.run(["show", "chengdu", "shuangliu", "--aggregate", "city"])
    #expect(same.status == 64 && same.stdout.isEmpty)
    #expect(same.stderr.contains("both count as chengdu at the city level"))
    let unknown = try CLI.run(["show", "chengdu", "atlantis"])
    #expect(unknown.status == 64 && unknown.stdout.isEmpty)
    #expect(unknown.stderr.hasPrefix("chengyu: unknown city \"atlantis\" ("), "\(unknown.stderr)")
    let three = try CLI.run(["show", "chengdu", "chongqing", "suining"])
    #expect(three.status == 64)
  }

  @Test func tablesEndWithACountLineThatCSVAndJSONNeverCarry() throws {
    let all = try CLI.run(["list", "agreements"])
    #expect(all.stderr == "\(ds.agreements.count) agreements\n")
    let cut = try CLI.run(["list", "ties", "--limit", "3"])
    #expect(cut.stderr == "first 3 of \(ds.view().graph.tieCount) ties\n")
    let named = try CLI.run(["list", "cities", "--text", "suining"])
    #expect(named.stderr == "1 of \(ds.cities.count) governments\n")
    let searched = try CLI.run(["list", "agreements", "--text", "遂宁 潼南"])
    var f = Filter()
    f.text = "遂宁 潼南"
    #expect(searched.stderr == "\(ds.view(f).agreements.count) of \(ds.agreements.count) agreements\n")
    for format in ["csv", "json"] {
      let r = try CLI.run(["list", "agreements", "--format", format])
      #expect(r.stderr.isEmpty, "\(format)")
      #expect(!r.stdout.contains("\(ds.agreements.count) agreements"))
    }
  }
}

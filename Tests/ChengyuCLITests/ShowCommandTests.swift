import ChengyuCore
import Foundation
import Testing

@Suite struct ShowCommandTests {
  let ds = Reference.dataset

  @Test func cityJSONHasPartnersWithWeightsAndAgreements() throws {
    let r = try CLI.run(["show", "chengdu", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    #expect(json["kind"] as? String == "city")
    #expect((json["city"] as? [String: Any])?["name_zh"] as? String == "成都市")
    let view = ds.view()
    let node = try #require(view.nodeOf[ds.cityIndex[CityID("chengdu")]!])
    let partners = try #require(json["partners"] as? [[String: Any]])
    let expected = view.ties(of: node)
    #expect(partners.map { $0["id"] as! String } == expected.map { view.city(node: $0.partner).id.rawValue })
    #expect(partners.map { $0["weight"] as! Int } == expected.map { view.graph.ties[$0.tie].weight })
    let agreements = try #require(json["agreements"] as? [[String: Any]])
    #expect(agreements.map { $0["id"] as! String } == view.agreements(of: node).map { ds.agreements[$0].id })
    #expect(agreements.allSatisfy { ($0["parties"] as! [String]).contains("chengdu") })
  }

  @Test func cityTextListsPartnersAndAgreements() throws {
    let r = try CLI.run(["show", "chengdu"])
    #expect(r.status == 0)
    let view = ds.view()
    let node = view.nodeOf[ds.cityIndex[CityID("chengdu")]!]!
    #expect(r.stdoutLines[0] == "chengdu  成都市  Chengdu")
    #expect(r.stdout.contains("partners (\(view.ties(of: node).count), heaviest first)"))
    #expect(r.stdout.contains("agreements (\(view.agreements(of: node).count), by date)"))
    let heaviest = view.city(node: view.ties(of: node)[0].partner)
    #expect(r.stdout.contains(heaviest.nameZh))
  }

  @Test func filterNarrowsACitysAgreements() throws {
    let json = try #require(try CLI.json(try CLI.run(["show", "chengdu", "--json", "--years", "2020"])) as? [String: Any])
    let agreements = try #require(json["agreements"] as? [[String: Any]])
    #expect(!agreements.isEmpty)
    #expect(agreements.allSatisfy { ($0["date"] as! String).hasPrefix("2020") })
  }

  @Test func agreementShowsAllFieldsWithSource() throws {
    let a = try #require(ds.agreement(id: "A001"))
    let json = try #require(try CLI.json(try CLI.run(["show", "A001", "--json"])) as? [String: Any])
    #expect(json["kind"] as? String == "agreement")
    let body = try #require(json["agreement"] as? [String: Any])
    #expect(body["title_zh"] as? String == a.titleZh)
    #expect(body["source_url"] as? String == a.provenance.sourceURL)
    #expect(body["evidence"] as? String == a.provenance.evidence)
    #expect(body["confidence"] as? String == a.provenance.confidence)
    #expect((body["parties"] as? [[String: Any]])?.map { $0["id"] as! String } == a.parties.map { ds.cities[$0].id.rawValue })
    let text = try CLI.run(["show", "a001"])  // ids match without case
    #expect(text.status == 0)
    #expect(text.stdout.contains(a.provenance.sourceURL))
    #expect(text.stdout.contains("parties (\(a.parties.count))"))
  }

  @Test func policyShows() throws {
    let p = ds.policies[0]
    let json = try #require(try CLI.json(try CLI.run(["show", p.id, "--json"])) as? [String: Any])
    #expect(json["kind"] as? String == "policy")
    #expect((json["policy"] as? [String: Any])?["title_zh"] as? String == p.titleZh)
  }

  @Test func chineseNameFindsTheCity() throws {
    let r = try CLI.run(["show", "成都"])
    #expect(r.status == 0)
    #expect(r.stdoutLines[0].hasPrefix("chengdu "))
  }

  @Test func unknownIDExits64WithSuggestions() throws {
    let r = try CLI.run(["show", "chengdo"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.hasPrefix("chengyu: unknown id \"chengdo\" (known: chengdu 成都市"), "\(r.stderr)")
    let far = try CLI.run(["show", "zzzzqqqq"])
    #expect(far.status == 64)
    #expect(far.stderr.contains("chengyu list cities"))
  }
}

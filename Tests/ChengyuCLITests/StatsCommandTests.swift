import ChengyuCore
import Foundation
import Testing

@Suite struct StatsCommandTests {
  @Test func jsonCountsAreTheRecordCountsOfData() throws {
    let r = try CLI.run(["stats", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    let (cities, agreements, policies) = try records()
    #expect(json["cities"] as? Int == cities)
    #expect(json["agreements"] as? Int == agreements)
    #expect(json["policies"] as? Int == policies)
    let view = Reference.dataset.view()
    #expect(json["ties"] as? Int == view.graph.tieCount)
    #expect(json["nodes"] as? Int == view.graph.nodeCount)
    #expect(abs((json["density"] as? Double ?? -1) - view.graph.density) < 1e-12)
    let raw = try #require(json["dataset"] as? [String: Int])
    #expect(raw["cities"] == cities && raw["agreements"] == agreements && raw["policies"] == policies)
  }

  /// Record counts of data/*.csv, read here with the test's own CSV parser (not the loader).
  private func records() throws -> (cities: Int, agreements: Int, policies: Int) {
    (try Reference.recordCount("cities.csv"), try Reference.recordCount("agreements.csv"),
     try Reference.recordCount("policies.csv"))
  }

  @Test func jsonBreakdownsAddUp() throws {
    let json = try #require(try CLI.json(try CLI.run(["stats", "--json"])) as? [String: Any])
    let (_, agreements, policies) = try records()
    let years = try #require(json["years"] as? [[String: Any]])
    #expect(years.reduce(0) { $0 + ($1["agreements"] as! Int) } == agreements)
    #expect(years.reduce(0) { $0 + ($1["policies"] as! Int) } == policies)
    for y in years { #expect(y["agreements"] as! Int == (y["governance"] as! Int) + (y["collaboration"] as! Int)) }
    let mechanisms = try #require(json["mechanisms"] as? [[String: Any]])
    #expect(mechanisms.map { $0["id"] as! String } == Reference.dataset.codebook.mechanisms.map(\.id))
    #expect(mechanisms.reduce(0) { $0 + ($1["agreements"] as! Int) } == agreements)
    let families = try #require(json["families"] as? [String: Int])
    let governance = Reference.dataset.agreements.filter { $0.family == .governance }.count
    #expect(families["governance"] == governance && families["collaboration"] == agreements - governance)
  }

  @Test func filteredCountsMatchTheCoreView() throws {
    let r = try CLI.run(["stats", "--json", "--years", "2016-2017", "--family", "governance"])
    let json = try #require(try CLI.json(r) as? [String: Any])
    var f = Filter()
    f.years = 2016...2017
    f.families = [.governance]
    let view = Reference.dataset.view(f)
    #expect(json["agreements"] as? Int == view.agreements.count)
    #expect(json["policies"] as? Int == view.policies.count)
    #expect(json["ties"] as? Int == view.graph.tieCount)
    #expect(json["nodes"] as? Int == view.graph.nodeCount)
    let filter = try #require(json["filter"] as? [String: Any])
    #expect(filter["years"] as? [Int] == [2016, 2017])
    #expect(filter["families"] as? [String] == ["governance"])
    #expect((json["dataset"] as? [String: Int])?["agreements"] == (try records().agreements))
  }

  /// Hand-worked counts on the tiny fixture: three agreements among testcity-a, testcity-b and
  /// testdist-c1; at province level TA01 (a–b, both in testprov-s) collapses and is dropped.
  @Test func tinyFixtureByHand() throws {
    let signed = try #require(try CLI.json(try CLI.run(["stats", "--json", "--data", CLI.fixture("tiny")])) as? [String: Any])
    #expect(signed["cities"] as? Int == 5)
    #expect(signed["agreements"] as? Int == 3)
    #expect(signed["ties"] as? Int == 3)
    #expect(signed["nodes"] as? Int == 3)
    #expect(signed["density"] as? Double == 1.0)
    let years = try #require(signed["years"] as? [[String: Int]])
    #expect(years == [
      ["year": 2016, "agreements": 1, "governance": 0, "collaboration": 1, "policies": 1],
      ["year": 2017, "agreements": 2, "governance": 1, "collaboration": 1, "policies": 0],
    ])
    let province = try #require(
      try CLI.json(try CLI.run(["stats", "--json", "--aggregate", "province", "--data", CLI.fixture("tiny")])) as? [String: Any])
    #expect(province["cities"] as? Int == 2)
    #expect(province["agreements"] as? Int == 2)
    #expect(province["ties"] as? Int == 1)
    #expect(province["nodes"] as? Int == 2)
  }

  @Test func tableShowsCountsAndAlignsChineseColumns() throws {
    let r = try CLI.run(["stats"])
    #expect(r.status == 0)
    let lines = r.stdoutLines
    let (cities, agreements, _) = try records()
    #expect(lines.contains { $0.hasPrefix("governments") && $0.contains(" \(cities) ") && $0.contains("in scope") })
    #expect(lines.contains { $0.hasPrefix("agreements") && $0.contains(" \(agreements) ") })
    // Mechanism table: the right-aligned count column ends at the same display column in
    // every row, although the Chinese names have different lengths.
    let header = try #require(lines.firstIndex { $0.hasPrefix("mechanism ") })
    let block = lines[header...].prefix { !$0.isEmpty }
    #expect(block.count == 2 + Reference.dataset.codebook.mechanisms.count)
    #expect(Set(block.map { DisplayWidth.of($0) }).count == 1, "\(Array(block))")
  }
}

/// `stats --data DIR` keeps only the ids of the agreements' text (the titles with a search):
/// its counts are those of the embedded copy of the same data, with a search or without.
@Suite struct StatsKeptTextTests {
  @Test func aFolderCountsAsTheEmbeddedCopy() throws {
    // A word from the data: the first English title's first word, and a Chinese one.
    let agreements = Reference.dataset.agreements
    let english = try #require(agreements.text(.titleEn, 0).split(separator: " ").first.map(String.init))
    let chinese = String(agreements.text(.titleZh, 0).prefix(2))
    for extra in [[], ["--text", english], ["--agreement-text", chinese], ["--text", agreements.id(1)]] {
      let embedded = try CLI.run(["stats", "--json"] + extra)
      let folder = try CLI.run(["stats", "--json", "--data", CLI.dataFolder] + extra)
      #expect(embedded.status == 0 && folder.status == 0, "\(folder.stderr)")
      var a = try #require(try CLI.json(embedded) as? [String: Any])
      var b = try #require(try CLI.json(folder) as? [String: Any])
      #expect(a["source"] as? String == "embedded" && b["source"] as? String == CLI.dataFolder)
      (a["source"], b["source"]) = (nil, nil)
      #expect(NSDictionary(dictionary: a).isEqual(to: b), "\(extra)")
      if !extra.isEmpty { #expect((a["agreements"] as? Int ?? 0) < agreements.count, "\(extra) narrows") }
    }
  }
}

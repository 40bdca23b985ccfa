import ChengyuCore
import Foundation
import Testing

@Suite struct ListCommandTests {
  let ds = Reference.dataset

  private func rows(_ args: [String]) throws -> [[String: Any]] {
    let r = try CLI.run(["list"] + args + ["--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    return try #require(try CLI.json(r) as? [[String: Any]])
  }

  @Test func governanceFamilyGivesOnlyGovernanceAgreements() throws {
    let listed = try rows(["agreements", "--family", "governance"])
    var f = Filter()
    f.families = [.governance]
    let expected = ds.view(f).agreements.map { ds.agreements[$0].id }
    #expect(!expected.isEmpty)
    #expect(listed.map { $0["id"] as! String } == expected)
    #expect(listed.allSatisfy { $0["family"] as? String == "governance" })
    let governanceMechanisms = Set(ds.codebook.mechanisms.filter { $0.family == .governance }.map(\.id))
    #expect(listed.allSatisfy { governanceMechanisms.contains($0["mechanism"] as! String) })
  }

  @Test func repeatedTextOptionsMustAllMatch() throws {
    let both = try rows(["agreements", "--text", "遂宁", "--text", "潼南"]).map { $0["id"] as! String }
    let joined = try rows(["agreements", "--text", "遂宁 潼南"]).map { $0["id"] as! String }
    var f = Filter()
    f.text = "遂宁 潼南"
    let expected = ds.view(f).agreements.map { ds.agreements[$0].id }
    #expect(both == expected)
    #expect(joined == expected)
    let suining = ds.cityIndex[CityID("suining")]!, tongnan = ds.cityIndex[CityID("tongnan")]!
    // Only agreements that both signed: nothing from the second word alone.
    #expect(!expected.isEmpty)
    #expect(expected.allSatisfy { id in
      let parties = ds.agreement(id: id)!.parties
      return parties.contains(suining) && parties.contains(tongnan)
    })
  }

  @Test func yearsAndTextFiltersMatchTheCoreView() throws {
    var f = Filter()
    f.years = 2020...2020
    f.text = "成都"
    let view = ds.view(f)
    let agreements = try rows(["agreements", "--years", "2020", "--text", "成都"])
    #expect(agreements.map { $0["id"] as! String } == view.agreements.map { ds.agreements[$0].id })
    #expect(agreements.allSatisfy { ($0["date"] as! String).hasPrefix("2020") })
    // On ties and cities the same words narrow the agreements with --agreement-text.
    let ties = try rows(["ties", "--years", "2020", "--agreement-text", "成都"])
    #expect(ties.count == view.graph.tieCount)
    let cities = try rows(["cities", "--years", "2020", "--agreement-text", "成都"])
    #expect(Set(cities.map { $0["id"] as! String }) == Set(view.graph.nodes.map { ds.cities[$0].id.rawValue }))
  }

  @Test func unfilteredCitiesAreEveryRecordWithTheirDegree() throws {
    let cities = try rows(["cities", "--sort", "id"])
    #expect(cities.count == ds.cities.count)
    #expect(cities.map { $0["id"] as! String } == ds.cities.map(\.id.rawValue).sorted())
    let view = ds.view()
    let chengdu = try #require(cities.first { $0["id"] as? String == "chengdu" })
    let node = try #require(view.nodeOf[ds.cityIndex[CityID("chengdu")]!])
    #expect(chengdu["ties"] as? Int == view.graph.degree(node))
    #expect(chengdu["strength"] as? Int == view.graph.strength(node))
    #expect(chengdu["name_zh"] as? String == "成都市")
  }

  @Test func crossBorderTiesJoinSichuanAndChongqing() throws {
    let ties = try rows(["ties", "--cross-border"])
    #expect(!ties.isEmpty)
    for t in ties {
      let provinces = Set([t["a"], t["b"]].map { ds.city(CityID($0 as! String))!.province.rawValue })
      #expect(provinces == ["sichuan", "chongqing"], "\(t["a"]!)–\(t["b"]!)")
    }
  }

  @Test func csvParsesAndAddsUp() throws {
    let r = try CLI.run(["list", "ties", "--format", "csv"])
    #expect(r.status == 0)
    let csv = try Reference.parseCSV(r.stdoutBytes)
    #expect(csv.header == ["a", "a_zh", "b", "b_zh", "weight", "governance", "collaboration", "mechanisms", "agreements"])
    let view = ds.view()
    #expect(csv.rows.count == view.graph.tieCount)
    #expect(csv.rows.reduce(0) { $0 + Int($1[4])! } == view.graph.ties.reduce(0) { $0 + $1.weight })
    for row in csv.rows {
      #expect(Int(row[4])! == Int(row[5])! + Int(row[6])!)
      #expect(row[8].split(separator: ";").count == Int(row[4])!)
    }
    // Heaviest first by default.
    let weights = csv.rows.map { Int($0[4])! }
    #expect(weights == weights.sorted(by: >))
  }

  @Test func agreementCSVKeepsFullTitlesAndProvenance() throws {
    let r = try CLI.run(["list", "agreements", "--format", "csv"])
    let csv = try Reference.parseCSV(r.stdoutBytes)
    let id = try #require(csv.header.firstIndex(of: "id"))
    let title = try #require(csv.header.firstIndex(of: "title_zh"))
    let url = try #require(csv.header.firstIndex(of: "source_url"))
    #expect(csv.rows.count == (try Reference.recordCount("agreements.csv")))
    for row in csv.rows {
      let a = try #require(ds.agreement(id: row[id]))
      #expect(row[title] == a.titleZh)
      #expect(row[url] == a.provenance.sourceURL)
    }
  }

  @Test func policiesFollowTheYearRange() throws {
    let listed = try rows(["policies", "--years", "2016"])
    var f = Filter()
    f.years = 2016...2016
    #expect(listed.map { $0["id"] as! String } == ds.view(f).policies.map { ds.policies[$0].id })
    #expect(listed.allSatisfy { ($0["date"] as! String).hasPrefix("2016") })
  }

  @Test func limitAndSort() throws {
    let top = try rows(["ties", "--limit", "3"])
    #expect(top.count == 3)
    let byParties = try rows(["agreements", "--sort", "parties"])
    let counts = byParties.map { ($0["parties"] as! [String]).count }
    #expect(counts == counts.sorted(by: >))
    let bad = try CLI.run(["list", "ties", "--sort", "title"])
    #expect(bad.status == 64)
    #expect(bad.stderr == "chengyu: unknown sort key \"title\" (known: weight, governance, collaboration, id)\n")
    #expect(bad.stdout.isEmpty)
  }

  /// Every row of the cities table starts its English name at the header's "name" column, in
  /// display columns, although the Chinese names before it have 2 to 9 characters.
  @Test func tableAlignsChineseByDisplayWidth() throws {
    let r = try CLI.run(["list", "cities"])
    let lines = r.stdoutLines.filter { !$0.isEmpty }
    let header = lines[0]
    let nameColumn = DisplayWidth.of(header[..<header.range(of: "name ")!.lowerBound])
    let byID = Dictionary(uniqueKeysWithValues: ds.cities.map { ($0.id.rawValue, $0) })
    var checked = 0
    for line in lines.dropFirst(2) {
      let id = String(line.prefix { $0 != " " })
      let city = try #require(byID[id])
      let start = try #require(line.range(of: "  " + String(city.nameEn.prefix(8)))?.lowerBound)
      #expect(DisplayWidth.of(line[..<start]) + 2 == nameColumn, "\(line)")
      checked += 1
    }
    #expect(checked == ds.cities.count)
    #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
  }

  /// Agreement titles are cut to 44 columns with "…" and the parties column still starts at the
  /// same display column in every row.
  @Test func longTitlesAreCutAndColumnsStayAligned() throws {
    let r = try CLI.run(["list", "agreements"])
    let lines = r.stdoutLines.filter { !$0.isEmpty }
    #expect(lines.count == 2 + ds.agreements.count)
    let header = lines[0]
    let titleColumn = DisplayWidth.of(header[..<header.range(of: "title")!.lowerBound])
    let partiesColumn = DisplayWidth.of(header[..<header.range(of: "parties")!.lowerBound])
    #expect(partiesColumn - titleColumn <= 44 + 2)
    var cut = 0
    for line in lines.dropFirst(2) {
      let a = try #require(ds.agreement(id: String(line.prefix { $0 != " " })))
      // Id and date are ASCII, so characters before the title column are columns; a title that
      // starts with a year ("2012年…") must not be found inside the date column.
      let afterDate = line.index(line.startIndex, offsetBy: titleColumn, limitedBy: line.endIndex) ?? line.endIndex
      let title = try #require(line.range(of: String(a.titleZh.prefix(2)), range: afterDate..<line.endIndex))
      #expect(DisplayWidth.of(line[..<title.lowerBound]) == titleColumn, "\(line)")
      let firstParty = ds.cities[a.parties[0]].nameZh
      let parties = try #require(line.range(of: "  " + firstParty, options: .backwards))
      #expect(DisplayWidth.of(line[..<parties.lowerBound]) + 2 == partiesColumn, "\(line)")
      if DisplayWidth.of(a.titleZh) > 44 {
        #expect(line.contains("…"))
        cut += 1
      }
    }
    #expect(cut > 0, "the data has titles longer than 44 columns")
  }
}

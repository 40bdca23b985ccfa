import ChengyuCore
import Foundation
import Testing

/// `compare --periods`: the stages preset, Chinese names, capped tie lists and the density over
/// the union of the periods' actors.
@Suite struct PeriodsCommandTests {
  private func compare(_ args: [String]) throws -> [String: Any] {
    let r = try CLI.run(["compare", "--json"] + args)
    #expect(r.status == 0, "\(r.stderr)")
    return try #require(try CLI.json(r) as? [String: Any])
  }

  private func nodes(_ years: ClosedRange<Int>, inRegion: Bool = false) -> Set<Int> {
    var f = Filter()
    f.years = years
    f.inRegionOnly = inRegion
    return Set(Reference.dataset.view(f).graph.nodes)
  }

  @Test func stagesAreTheThreeNationalStages() throws {
    let json = try compare(["--periods", "stages"])
    let periods = try #require(json["periods"] as? [[String: Any]])
    #expect(periods.map { $0["years"] as! [Int] } == [[2011, 2015], [2016, 2019], [2020, 2020]])
  }

  @Test func unionDensityDividesByEveryActorOfAnyPeriod() throws {
    let json = try compare(["--periods", "stages", "--in-region"])
    let union = nodes(2011...2015, inRegion: true).union(nodes(2016...2019, inRegion: true)).union(nodes(2020...2020, inRegion: true))
    #expect(json["union_nodes"] as? Int == union.count)
    for p in try #require(json["periods"] as? [[String: Any]]) {
      let ties = Double(p["ties"] as! Int)
      let u = Double(union.count)
      #expect(abs((p["union_density"] as! Double) - 2 * ties / (u * (u - 1))) < 1e-12)
    }
    let text = try CLI.run(["compare", "--periods", "stages", "--in-region"])
    #expect(text.stdout.contains("density over \(union.count) actors"))
  }

  @Test func keepIsolatesFixesTheNodesOfEveryPeriod() throws {
    var f = Filter()
    f.inRegionOnly = true
    let scope = Reference.dataset.citiesInScope(f).count
    let json = try compare(["--periods", "stages", "--in-region", "--keep-isolates"])
    let periods = try #require(json["periods"] as? [[String: Any]])
    #expect(periods.allSatisfy { $0["nodes"] as? Int == scope })
    #expect(json["union_nodes"] as? Int == scope)
    for p in periods { #expect(p["density"] as? Double == p["union_density"] as? Double) }
  }

  @Test func tieListsAreCappedAndNamedInChinese() throws {
    let capped = try compare(["--periods", "2011-2015,2016-2017", "--ties", "3"])
    let change = try #require((capped["changes"] as? [[String: Any]])?.first)
    let appeared = try #require(change["appeared"] as? [[String: Any]])
    let total = try #require(change["appeared_count"] as? Int)
    #expect(appeared.count == min(3, total))
    let a = try #require(appeared.first)
    let city = try #require(Reference.dataset.city(CityID(a["a"] as! String)))
    #expect(a["a_zh"] as? String == city.nameZh)
    let all = try compare(["--periods", "2011-2015,2016-2017", "--ties", "all"])
    let allAppeared = try #require((all["changes"] as? [[String: Any]])?.first?["appeared"] as? [Any])
    #expect(allAppeared.count == total)
    let top = try #require(((all["periods"] as? [[String: Any]])?.first?["top"] as? [String: Any])?["degree"] as? [[String: Any]])
    #expect(top.allSatisfy { ($0["name_zh"] as? String)?.isEmpty == false })

    let text = try CLI.run(["compare", "--periods", "2011-2015,2016-2017"])
    let plus = text.stdoutLines.filter { $0.hasPrefix("  +") }
    #expect(plus.count == min(20, total))
    #expect(plus.first.map { $0.contains(city.nameZh) } == true)
    if total > 20 { #expect(text.stdout.contains("more (--ties all shows every tie)")) }
  }

  /// The trap: in-region density over each period's own nodes falls from 2011–2015 to
  /// 2016–2020 (0.28 → 0.16 in the 170-agreement release), while over the fixed set of in-region
  /// governments it rises (0.010 → 0.114 over 67).
  @Test func inRegionDensityFallsPerPeriodButRisesOverTheFixedActorSet() throws {
    let inRegion = Reference.dataset.cities.filter(\.inRegion).count
    let args = ["--periods", "2011-2015,2016-2020", "--in-region"]
    let own = try #require(try compare(args)["periods"] as? [[String: Any]])
    let fixed = try compare(args + ["--keep-isolates"])
    let periods = try #require(fixed["periods"] as? [[String: Any]])
    #expect(fixed["union_nodes"] as? Int == inRegion)
    #expect(periods.allSatisfy { $0["nodes"] as? Int == inRegion })
    let density = { (p: [String: Any]) in p["density"] as! Double }
    #expect(density(own[0]) > density(own[1]))
    #expect(density(periods[0]) < density(periods[1]))
    for (p, q) in zip(own, periods) {
      #expect(p["ties"] as? Int == q["ties"] as? Int)  // isolates add nodes, never ties
      let ties = Double(q["ties"] as! Int)
      #expect(abs(density(q) - 2 * ties / Double(inRegion * (inRegion - 1))) < 1e-12)
    }
  }
}

import ChengyuCore
import Foundation
import Testing

/// `show CITY --ego` and `export --ego CITY`: a city's partners, the ties among them and the
/// counts, checked against the view's graph pair by pair.
@Suite struct EgoCommandTests {
  let ds = Reference.dataset

  /// Ids of the partners of `id` in the view and the partner pairs that are tied.
  private func reference(_ id: String, _ filter: Filter) -> (alters: Set<String>, tied: Set<String>) {
    let view = ds.view(filter)
    let node = view.nodeOf[ds.cityIndex[CityID(id)]!]!
    let partners = view.ties(of: node).map(\.partner)
    var tied = Set<String>()
    for (i, u) in partners.enumerated() {
      for v in partners[(i + 1)...] where view.graph.tie(between: u, and: v) != nil {
        tied.insert([view.city(node: u).id.rawValue, view.city(node: v).id.rawValue].sorted().joined(separator: "|"))
      }
    }
    return (Set(partners.map { view.city(node: $0).id.rawValue }), tied)
  }

  @Test func jsonCountsTheTiesAmongThePartners() throws {
    var filter = Filter()
    filter.years = 2016...2020
    let r = try CLI.run(["show", "chengdu", "--ego", "--json", "--years", "2016-2020"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    #expect(json["kind"] as? String == "ego")
    let ref = reference("chengdu", filter)
    let alters = try #require(json["alters"] as? [[String: Any]])
    #expect(Set(alters.map { $0["id"] as! String }) == ref.alters)
    let ties = try #require(json["alter_ties"] as? [[String: Any]])
    #expect(Set(ties.map { "\($0["a"] as! String)|\($0["b"] as! String)" }) == ref.tied)
    let size = ref.alters.count
    #expect(json["size"] as? Int == size && json["ties"] as? Int == ref.tied.count)
    #expect(json["pairs"] as? Int == size * (size - 1) / 2)
    #expect(json["brokerage"] as? Int == size * (size - 1) / 2 - ref.tied.count)
    let density = try #require(json["density"] as? Double)
    #expect(abs(density - Double(ref.tied.count) / Double(size * (size - 1) / 2)) < 1e-12)
    // Each partner's ties to the others add up to twice the ties among them.
    #expect(alters.reduce(0) { $0 + ($1["ties_to_alters"] as! Int) } == 2 * ref.tied.count)
  }

  @Test func textShowsTheCountsAndTheTies() throws {
    let r = try CLI.run(["show", "chengdu", "--ego", "--years", "2016-2017"])
    #expect(r.status == 0)
    var filter = Filter()
    filter.years = 2016...2017
    let ref = reference("chengdu", filter)
    #expect(r.stdoutLines[0] == "ego network of chengdu  成都市  Chengdu")
    #expect(r.stdout.contains("size       \(ref.alters.count) partners (alters)"))
    #expect(r.stdout.contains("ties among alters (\(ref.tied.count), heaviest first)"))
  }

  @Test func exportWritesTheEgoNetworkOnly() throws {
    let r = try CLI.run(["export", "--format", "json", "--ego", "chengdu", "--years", "2016-2020"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    var filter = Filter()
    filter.years = 2016...2020
    let ref = reference("chengdu", filter)
    let nodes = try #require(json["nodes"] as? [[String: Any]])
    #expect(Set(nodes.map { $0["id"] as! String }) == ref.alters.union(["chengdu"]))
    #expect(json["tie_count"] as? Int == ref.alters.count + ref.tied.count)
  }

  @Test func egoNeedsACityWithTies() throws {
    let agreement = try CLI.run(["show", "A001", "--ego"])
    #expect(agreement.status == 64 && agreement.stderr.contains("--ego applies to a city, not to A001"))
    let unknown = try CLI.run(["export", "--format", "json", "--ego", "nowhere"])
    #expect(unknown.status == 64 && unknown.stderr.contains("--ego needs a city id, got 'nowhere'"))
    let lonely = try CLI.run(["export", "--format", "json", "--ego", "chengdu", "--years", "2011"])
    #expect(lonely.status == 64 && lonely.stderr.contains("chengdu has no tie in this view"))
  }
}

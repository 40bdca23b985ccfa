import Foundation
import Testing

/// `stats --measures --sort M`: "which cities are the brokers" answered from the command line,
/// in the order the explorer's Measures screen gives after `s`.
@Suite struct MeasuresSortTests {
  private func cities(_ args: [String]) throws -> [[String: Any]] {
    let r = try CLI.run(["stats", "--measures", "--json"] + args)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    return try #require((json["measures"] as? [String: Any])?["cities"] as? [[String: Any]])
  }

  @Test func sortsByBetweennessHighestFirstThenId() throws {
    let list = try cities(["--sort", "betweenness", "--family", "governance", "--years", "2016-2020"])
    let scores = list.map { ($0["betweenness"] as! NSNumber).doubleValue }
    #expect(scores == scores.sorted(by: >))
    #expect(list.prefix(4).map { $0["id"] as! String } == ["chongqing", "rongchang", "yongchuan", "ziyang"])
    // Same cities as the default (degree) order, only reordered.
    let byDegree = try cities(["--family", "governance", "--years", "2016-2020"])
    #expect(Set(byDegree.map { $0["id"] as! String }) == Set(list.map { $0["id"] as! String }))
    #expect(byDegree.first?["id"] as? String == "rongchang")
  }

  @Test func tableFollowsTheSortToo() throws {
    let r = try CLI.run(["stats", "--measures", "--sort", "strength"])
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n").drop { !$0.hasPrefix("id ") }.dropFirst(2)
    let strengths = rows.map { Int($0.split(separator: " ", omittingEmptySubsequences: true)[3])! }
    #expect(!strengths.isEmpty && strengths == strengths.sorted(by: >))
  }

  @Test func constraintSortsLowestFirstLikeTheExplorer() throws {
    let list = try cities(["--sort", "constraint"])
    let scores = list.map { ($0["constraint"] as! NSNumber).doubleValue }
    #expect(scores.count > 1 && scores == scores.sorted())
  }

  @Test func misuseSaysWhatToDo() throws {
    let alone = try CLI.run(["stats", "--sort", "betweenness"])
    #expect(alone.status == 64)
    #expect(alone.stderr.contains("--sort applies to --measures only (try: chengyu stats --measures --sort betweenness)"))
    let unknown = try CLI.run(["stats", "--measures", "--sort", "brokerage"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("unknown measure 'brokerage' for --sort (use degree, strength, betweenness"))
  }
}

import ChengyuCore
import Foundation
import Testing

@Suite struct CompareCommandTests {
  private func view(_ years: ClosedRange<Int>, aggregation: AggregationLevel = .signed) -> NetworkView {
    var f = Filter()
    f.years = years
    f.aggregation = aggregation
    return Reference.dataset.view(f)
  }

  private func tieSet(_ v: NetworkView) -> [String: Int] {
    var result: [String: Int] = [:]
    for t in v.graph.ties {
      let (a, b) = (v.city(node: t.a).id.rawValue, v.city(node: t.b).id.rawValue)
      result[a < b ? "\(a)|\(b)" : "\(b)|\(a)"] = t.weight
    }
    return result
  }

  @Test func jsonCountsAndTieChangesMatchTheCoreViews() throws {
    let r = try CLI.run(["compare", "--periods", "2011-2015,2016-2017", "--json", "--aggregate", "city", "--ties", "all"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    let periods = try #require(json["periods"] as? [[String: Any]])
    let views = [view(2011...2015, aggregation: .city), view(2016...2017, aggregation: .city)]
    #expect(periods.count == 2)
    for (p, v) in zip(periods, views) {
      #expect(p["agreements"] as? Int == v.agreements.count)
      #expect(p["nodes"] as? Int == v.graph.nodeCount)
      #expect(p["ties"] as? Int == v.graph.tieCount)
      #expect(p["components"] as? Int == v.graph.components().count)
      let top = try #require((p["top"] as? [String: Any])?["degree"] as? [[String: Any]])
      #expect(top.count == 5)
      #expect(top.first?["value"] as? Double == Double(v.graph.degrees().max()!))
    }
    let change = try #require((json["changes"] as? [[String: Any]])?.first)
    let (before, after) = (tieSet(views[0]), tieSet(views[1]))
    let key = { (t: [String: Any]) in "\(t["a"] as! String)|\(t["b"] as! String)" }
    let appeared = try #require(change["appeared"] as? [[String: Any]])
    let vanished = try #require(change["vanished"] as? [[String: Any]])
    #expect(Set(appeared.map(key)) == Set(after.keys).subtracting(before.keys))
    #expect(Set(vanished.map(key)) == Set(before.keys).subtracting(after.keys))
    for t in appeared { #expect(t["weight"] as? Int == after[key(t)]) }
    #expect(change["kept"] as? Int == Set(after.keys).intersection(before.keys).count)
  }

  @Test func threePeriodsGiveTwoChangesAndTablesSideBySide() throws {
    let r = try CLI.run(["compare", "--periods", "2011-2013,2014-2016,2017-2020"])
    #expect(r.status == 0, "\(r.stderr)")
    let header = try #require(r.stdoutLines.first { $0.contains("2011-2013") })
    #expect(header.contains("2014-2016") && header.contains("2017-2020"))
    let changes = r.stdoutLines.filter { $0.hasPrefix("ties ") && $0.contains("→") }
    #expect(changes.count == 2)
    for rank in 1...5 { #expect(r.stdoutLines.contains { $0.hasPrefix("betweenness #\(rank) ") }) }
    let json = try #require(try CLI.json(try CLI.run(["compare", "--periods", "2011-2013,2014-2016,2017-2020", "--json"])) as? [String: Any])
    #expect((json["changes"] as? [Any])?.count == 2)
  }

  @Test(arguments: [
    (["compare", "--periods", "2016"], "two or more year ranges"),
    (["compare", "--periods", "2011-2015,20x6"], "bad year range '20x6'"),
    (["compare", "--periods", "2011-2015,2016-2017", "--years", "2016"], "--years does not apply"),
  ])
  func badPeriodsAreRejectedWithAMessage(_ args: [String], _ message: String) throws {
    let r = try CLI.run(args)
    #expect(r.status != 0)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test func aPeriodWithoutAgreementsIsAnEmptyNetworkNotAFailure() throws {
    let args = ["compare", "--periods", "1990-1991,2016", "--ties", "all"]
    let table = try CLI.run(args)
    #expect(table.status == 0)
    #expect(!table.stdout.contains("did not converge"))
    let json = try #require(try CLI.json(try CLI.run(args + ["--json"])) as? [String: Any])
    let empty = try #require((json["periods"] as? [[String: Any]])?.first)
    #expect(empty["nodes"] as? Int == 0 && empty["ties"] as? Int == 0 && empty["agreements"] as? Int == 0)
    let top = try #require(empty["top"] as? [String: Any])
    for name in ["degree", "betweenness", "closeness", "eigenvector"] {
      #expect((top[name] as? [Any])?.isEmpty == true, "\(name)")
    }
    let change = try #require((json["changes"] as? [[String: Any]])?.first)
    #expect((change["vanished"] as? [Any])?.isEmpty == true)
    #expect((change["appeared"] as? [Any])?.count == view(2016...2016).graph.tieCount)
  }
}

import ChengyuCore
import Foundation
import Testing

/// `chengyu show POLICY --after N`: the window is recomputed here from data/ with plain dates.
@Suite struct PolicyFollowUpCommandTests {
  /// (year, month, day) of a date's first day.
  private func day(_ d: CalendarDate) -> [Int] { [d.year, d.month ?? 1, d.day ?? 1] }

  private func plus(_ d: [Int], months: Int) -> [Int] {
    let m = d[0] * 12 + d[1] - 1 + months
    return [m / 12, m % 12 + 1, d[2]]
  }

  @Test func p024AfterTwelveMonthsMatchesTheDates() throws {
    let ds = Reference.dataset
    let p = try #require(ds.policy(id: "P024"))
    let start = day(p.date)
    let end = plus(start, months: 12)
    let expected = ds.agreements.filter { a in
      let d = day(a.date)
      return d.lexicographicallyPrecedes(end) && !d.lexicographicallyPrecedes(start)
    }
    let mentioned = Set(p.mentions)
    let among = expected.filter { Set($0.parties).intersection(mentioned).count >= 2 }
    let r = try CLI.run(["show", "P024", "--after", "12", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    let follow = try #require(json["follow_up"] as? [String: Any])
    #expect(follow["months"] as? Int == 12)
    let listed = try #require(follow["agreements"] as? [[String: Any]])
    #expect(Set(listed.map { $0["id"] as! String }) == Set(expected.map(\.id)))
    #expect(follow["after"] as? Int == expected.count)
    #expect(follow["after_among_mentioned"] as? Int == among.count)
    let text = try CLI.run(["show", "P024", "--window", "12"])
    #expect(text.stdout.contains("agreements in the 12 months before: \(follow["before"] as! Int)    after: \(expected.count)"))
  }

  @Test func aLongerWindowNeverHasFewerAgreements() throws {
    let short = try #require((try CLI.json(try CLI.run(["show", "P024", "--json"])) as? [String: Any])?["follow_up"] as? [String: Any])
    let long = try #require((try CLI.json(try CLI.run(["show", "P024", "--after", "36", "--json"])) as? [String: Any])?["follow_up"] as? [String: Any])
    #expect(short["months"] as? Int == 12)
    #expect((long["after"] as! Int) >= (short["after"] as! Int))
  }

  @Test func aBadWindowIsAUsageError() throws {
    let r = try CLI.run(["show", "P024", "--after", "0"])
    #expect(r.status == 64 && r.stderr.contains("--after takes a number of months"))
  }
}

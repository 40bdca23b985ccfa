import ChengyuCore
import Foundation
import Testing

/// `--issuer-level central|provincial` lists only the policies of those issuers; agreements and
/// the network stay as they are.
@Suite struct IssuerLevelTests {
  /// Policies of data/policies.csv by `issuer_level`, read from the CSV itself (not the loader).
  private func policies(central: Bool) throws -> Int {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLI.dataFolder + "/policies.csv")))
    let (header, rows) = try Reference.parseCSV(bytes)
    let column = try #require(header.firstIndex(of: "issuer_level"))
    return rows.filter { ($0[column] == "central") == central }.count
  }

  @Test func statsCountsThePoliciesOfTheIssuersAsked() throws {
    let all = try #require(try CLI.json(try CLI.run(["stats", "--json"])) as? [String: Any])
    for (level, central) in [("central", true), ("provincial", false)] {
      let r = try CLI.run(["stats", "--json", "--issuer-level", level])
      #expect(r.status == 0, "\(r.stderr)")
      let json = try #require(try CLI.json(r) as? [String: Any])
      #expect(json["policies"] as? Int == (try policies(central: central)), "\(level)")
      #expect(json["agreements"] as? Int == all["agreements"] as? Int)
      #expect(json["ties"] as? Int == all["ties"] as? Int)
      let filter = try #require(json["filter"] as? [String: Any])
      #expect(filter["issuer_levels"] as? [String] == [level])
    }
  }

  @Test func anUnknownIssuerLevelIsAUsageError() throws {
    let r = try CLI.run(["stats", "--issuer-level", "county"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("unknown issuer level \"county\" (known: central 中央, provincial 地方)"))
  }
}

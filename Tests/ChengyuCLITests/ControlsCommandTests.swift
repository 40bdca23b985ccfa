import ChengyuCore
import Foundation
import Testing

/// --max-parties, --confidence, --keep-isolates and --weighting on the command line.
@Suite struct ControlsCommandTests {
  private func stats(_ args: [String]) throws -> [String: Any] {
    let r = try CLI.run(["stats", "--json"] + args)
    #expect(r.status == 0, "\(r.stderr)")
    return try #require(try CLI.json(r) as? [String: Any])
  }

  @Test func maxPartiesAndConfidenceSelectAgreementsAndAreReported() throws {
    let ds = Reference.dataset
    let small = try stats(["--max-parties", "10"])
    let expected = Reference.dataset.agreements.filter { $0.parties.count <= 10 }.count
    #expect(small["agreements"] as? Int == expected)
    let filter = try #require(small["filter"] as? [String: Any])
    #expect(filter["max_parties"] as? Int == 10)
    let high = try stats(["--confidence", "high"])
    #expect(high["agreements"] as? Int == ds.agreements.filter { $0.provenance.confidence == "high" }.count)
    #expect((high["filter"] as? [String: Any])?["confidence"] as? [String] == ["high"])
    let text = try CLI.run(["stats", "--max-parties", "10", "--confidence", "high"])
    #expect(text.stdout.contains("max-parties=10 confidence=high"))
  }

  @Test func keepIsolatesGivesEveryGovernmentInScopeANode() throws {
    var f = Filter()
    f.inRegionOnly = true
    let scope = Reference.dataset.citiesInScope(f).count
    let s = try stats(["--in-region", "--years", "2011-2012", "--keep-isolates"])
    #expect(s["nodes"] as? Int == scope)
    let ties = try #require(s["ties"] as? Int)
    #expect(abs((s["density"] as! Double) - 2 * Double(ties) / Double(scope * (scope - 1))) < 1e-12)
    #expect((s["filter"] as? [String: Any])?["keep_isolates"] as? Bool == true)
  }

  @Test func newmanWeightingGivesRealTieValues() throws {
    let r = try CLI.run(["list", "ties", "--format", "json", "--weighting", "newman"])
    #expect(r.status == 0, "\(r.stderr)")
    let rows = try #require(try CLI.json(r) as? [[String: Any]])
    var f = Filter()
    f.weighting = .newman
    let v = Reference.dataset.view(f)
    // Sum of Newman values = Σ over agreements of (ties it makes) / (parties − 1) = Σ n/2.
    let total = rows.reduce(0.0) { $0 + ($1["value"] as! Double) }
    let expected = v.agreements.reduce(0.0) { sum, i in
      let n = Double(Set(Reference.dataset.agreements[i].parties).count)
      return sum + n / 2
    }
    #expect(abs(total - expected) < 1e-9)
    let counted = try #require(try CLI.json(try CLI.run(["list", "ties", "--format", "json"])) as? [[String: Any]])
    #expect(counted.allSatisfy { ($0["value"] as? Double) == Double($0["weight"] as! Int) })
  }

  @Test(arguments: [
    (["stats", "--max-parties", "1"], "--max-parties must be at least 2"),
    (["stats", "--confidence", "low"], "unknown confidence \"low\" (known: high 高, medium 中)"),
    (["stats", "--weighting", "fractional"], "unknown weighting \"fractional\" (known: count, newman)"),
  ])
  func badControlsAreRejected(_ args: [String], _ message: String) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
  }
}

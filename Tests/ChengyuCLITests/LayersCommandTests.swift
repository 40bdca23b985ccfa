import ChengyuCore
import Foundation
import Testing

/// `chengyu compare --layers`, checked against tie sets built here from the core's views.
@Suite struct LayersCommandTests {
  private func ties(_ family: MechanismFamily) -> [String: Int] {
    var f = Filter()
    f.families = [family]
    let v = Reference.dataset.view(f)
    var result: [String: Int] = [:]
    for t in v.graph.ties {
      let (a, b) = (v.city(node: t.a).id.rawValue, v.city(node: t.b).id.rawValue)
      result[min(a, b) + "|" + max(a, b)] = t.weight
    }
    return result
  }

  @Test func overlapCountsJaccardAndQAPInJSON() throws {
    let r = try CLI.run(["compare", "--layers", "governance,collaboration", "--json", "--ties", "all"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    let (g, c) = (Set(ties(.governance).keys), Set(ties(.collaboration).keys))
    let overlap = try #require(json["overlap"] as? [String: Any])
    #expect(overlap["only_first"] as? Int == g.subtracting(c).count)
    #expect(overlap["only_second"] as? Int == c.subtracting(g).count)
    #expect(overlap["both"] as? Int == g.intersection(c).count)
    let jaccard = try #require(overlap["jaccard"] as? Double)
    #expect(abs(jaccard - Double(g.intersection(c).count) / Double(g.union(c).count)) < 1e-12)
    let qap = try #require(json["qap"] as? [String: Any])
    #expect(qap["permutations"] as? Int == 1000 && qap["values"] as? String == "binary")
    let p = try #require(qap["p_value"] as? Double)
    #expect((0...1).contains(p))
    #expect((-1...1).contains(try #require(qap["correlation"] as? Double)))
    let both = try #require((json["ties"] as? [String: Any])?["both"] as? [[String: Any]])
    #expect(both.count == g.intersection(c).count)
    let first = try #require(both.first)
    let key = "\(first["a"] as! String)|\(first["b"] as! String)"
    #expect(first["weight_first"] as? Int == ties(.governance)[key])
    #expect(first["weight_second"] as? Int == ties(.collaboration)[key])
    #expect((first["a_zh"] as? String)?.isEmpty == false)
    let cities = try #require(json["cities"] as? [[String: Any]])
    #expect(cities.count == json["nodes"] as? Int)
  }

  @Test func theSeedAndThePermutationCountAreHonoured() throws {
    let args = ["compare", "--layers", "governance,collaboration", "--json", "--permutations", "300"]
    let a = try CLI.run(args + ["--seed", "5"])
    let b = try CLI.run(args + ["--seed", "5"])
    #expect(a.status == 0 && a.stdout == b.stdout)
    let qap = try #require((try CLI.json(a) as? [String: Any])?["qap"] as? [String: Any])
    #expect(qap["permutations"] as? Int == 300 && qap["seed"] as? Int == 5)
  }

  @Test func textShowsChineseNamesAndCapsTieLists() throws {
    let r = try CLI.run(["compare", "--layers", "governance,collaboration", "--ties", "2"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("governance 治理") && r.stdout.contains("collaboration 协作"))
    #expect(r.stdout.contains("QAP correlation (tie presence 0/1"))
    let onlySecond = ties(.collaboration).keys.filter { ties(.governance)[$0] == nil }.count
    #expect(r.stdout.contains("ties only in collaboration 协作: \(onlySecond)"))
    #expect(r.stdout.contains("… \(onlySecond - 2) more (--ties all shows every tie)"))
  }

  @Test(arguments: [
    (["compare", "--layers", "governance,nope"], "unknown layer 'nope'"),
    (["compare", "--layers", "governance"], "two layers separated by a comma"),
    (["compare", "--layers", "governance,governance"], "two different layers"),
    (["compare", "--layers", "governance,collaboration", "--family", "governance"], "--family and --mechanism do not apply"),
    (["compare", "--layers", "governance,collaboration", "--periods", "stages"], "give one"),
    (["compare", "--layers", "governance,collaboration", "--permutations", "0"], "--permutations must be between"),
    (["compare", "--layers", "governance,collaboration", "--ties", "x"], "--ties takes a number"),
    (["compare"], "give --periods RANGES or --layers A,B"),
  ])
  func badLayerArgumentsAreRejected(_ args: [String], _ message: String) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
    #expect(r.stdout.isEmpty)
  }
}

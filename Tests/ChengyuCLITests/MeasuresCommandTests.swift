import ChengyuCore
import Foundation
import Testing

/// `stats --measures` checked city by city against the networkx reference files of the core
/// tests (Tests/ChengyuCoreTests/Fixtures/networkx, written by scripts/networkx_fixtures.py).
@Suite struct MeasuresCommandTests {
  private func networkx(_ name: String) throws -> [String: Any] {
    let url = CLI.root.appendingPathComponent("Tests/ChengyuCoreTests/Fixtures/networkx/\(name).json")
    return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
  }

  private func close(_ a: Any?, _ b: Any?, _ tolerance: Double) -> Bool {
    switch (a as? NSNumber, b as? NSNumber) {
    case (nil, nil): return a is NSNull && b is NSNull
    case (let x?, let y?): return abs(x.doubleValue - y.doubleValue) <= tolerance
    default: return false
    }
  }

  @Test(arguments: [("signed", "dataset_signed"), ("city", "dataset_city"), ("province", "dataset_province")])
  func jsonMatchesNetworkx(_ level: String, _ fixture: String) throws {
    let r = try CLI.run(["stats", "--measures", "--json", "--aggregate", level])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try CLI.json(r) as? [String: Any])
    let measures = try #require(json["measures"] as? [String: Any])
    let cities = try #require(measures["cities"] as? [[String: Any]])
    let ref = try networkx(fixture)
    let refNodes = ref["measures"] as! [[String: Any]]
    #expect(cities.count == refNodes.count)
    let byID = Dictionary(uniqueKeysWithValues: cities.map { ($0["id"] as! String, $0) })
    let eigenConverged = (ref["summary"] as! [String: Any])["eigenvector_converged"] as! Bool
    for node in refNodes {
      let id = node["id"] as! String
      let mine = try #require(byID[id], "\(id) missing from stats --measures")
      for key in ["degree", "strength", "core", "betweenness", "closeness", "clustering", "constraint", "effective_size"] {
        #expect(close(mine[key], node[key], 1e-9), "\(level) \(id) \(key): \(mine[key] ?? "-") vs networkx \(node[key] ?? "-")")
      }
      if eigenConverged { #expect(close(mine["eigenvector"], node["eigenvector"], 1e-6), "\(id) eigenvector") }
    }
    let network = try #require(measures["network"] as? [String: Any])
    let summary = ref["summary"] as! [String: Any]
    for key in ["nodes", "ties", "components", "largest_component", "diameter"] {
      #expect(network[key] as? Int == summary[key] as? Int, "\(level) \(key)")
    }
    #expect(close(network["average_clustering"], summary["average_clustering"], 1e-9))
    #expect(close(network["density"], summary["density"], 1e-9))
  }

  @Test func filterAppliesToMeasures() throws {
    let r = try CLI.run(["stats", "--measures", "--json", "--years", "2016-2017", "--family", "governance"])
    let json = try #require(try CLI.json(r) as? [String: Any])
    let cities = try #require((json["measures"] as? [String: Any])?["cities"] as? [[String: Any]])
    var f = Filter()
    f.years = 2016...2017
    f.families = [.governance]
    let view = Reference.dataset.view(f)
    let expected = (0..<view.graph.nodeCount).map { view.city(node: $0).id.rawValue }
    #expect(Set(cities.map { $0["id"] as! String }) == Set(expected))
    let degrees = Dictionary(uniqueKeysWithValues: expected.enumerated().map { ($1, view.graph.degree($0)) })
    for c in cities { #expect(c["degree"] as? Int == degrees[c["id"] as! String]) }
    // Listed by degree, highest first.
    let listed = cities.map { $0["degree"] as! Int }
    #expect(listed == listed.sorted(by: >))
  }

  @Test func tableShowsSummaryAndEveryCity() throws {
    let r = try CLI.run(["stats", "--measures", "--aggregate", "province"])
    #expect(r.status == 0)
    let lines = r.stdoutLines
    let header = try #require(lines.first { $0.hasPrefix("id ") })
    for column in ["degree", "strength", "betweenness", "closeness", "eigenvector", "clustering", "core", "constraint"] {
      #expect(header.contains(column), "column \(column)")
    }
    #expect(lines.contains { $0.hasPrefix("components") && $0.hasSuffix(" 1") })
    #expect(lines.contains { $0.hasPrefix("largest component") && $0.hasSuffix(" 26") })
    let view = { () -> NetworkView in
      var f = Filter()
      f.aggregation = .province
      return Reference.dataset.view(f)
    }()
    for node in 0..<view.graph.nodeCount {
      let city = view.city(node: node)
      #expect(lines.contains { $0.hasPrefix(city.id.rawValue + " ") && $0.contains(city.nameZh) }, "\(city.id)")
    }
  }

  @Test(arguments: [("signed", "dataset_signed"), ("province", "dataset_province")])
  func weightedJSONMatchesNetworkx(_ level: String, _ fixture: String) throws {
    let r = try CLI.run(["stats", "--measures", "--weighted", "--json", "--aggregate", level])
    #expect(r.status == 0, "\(r.stderr)")
    let measures = try #require((try CLI.json(r) as? [String: Any])?["measures"] as? [String: Any])
    #expect((measures["network"] as? [String: Any])?["weighted"] as? Bool == true)
    let byID = Dictionary(uniqueKeysWithValues: (measures["cities"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
    let ref = try networkx(fixture)
    let converged = (ref["summary"] as! [String: Any])["eigenvector_weighted_converged"] as! Bool
    for node in ref["measures"] as! [[String: Any]] {
      let id = node["id"] as! String
      let mine = try #require(byID[id])
      #expect(close(mine["betweenness"], node["betweenness_weighted"], 1e-9), "\(id) weighted betweenness")
      #expect(close(mine["closeness"], node["closeness_weighted"], 1e-9), "\(id) weighted closeness")
      if converged {
        #expect(close(mine["eigenvector"], node["eigenvector_weighted"], 1e-6), "\(id) weighted eigenvector")
      } else {
        #expect(mine["eigenvector"] is NSNull, "\(id): no eigenvector when power iteration fails")
      }
    }
  }

  @Test func weightedWithoutMeasuresIsRejected() throws {
    let r = try CLI.run(["stats", "--weighted"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("--weighted applies to --measures only"))
  }
}

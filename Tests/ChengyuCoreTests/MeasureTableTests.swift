import ChengyuCore
import Testing

/// The measure table: one entry per measure, unique names, getters that read the right array.
@Suite struct MeasureTableTests {
  @Test func namesAreUniqueAndWellFormed() {
    for names in [MeasureTable.cities.map(\.id), MeasureTable.cities.map(\.jsonKey),
                  MeasureTable.network.map(\.id), MeasureTable.network.map { $0.jsonPath.joined(separator: ".") }] {
      #expect(Set(names).count == names.count, "duplicate in \(names)")
    }
    for d in MeasureTable.cities {
      // CLI ids are kebab-case, JSON keys snake_case, as in the rest of the interface.
      #expect(d.id == d.jsonKey.replacingUnderscores(), "\(d.id) vs \(d.jsonKey)")
      #expect(!d.titleZh.isEmpty && !d.headerZh.isEmpty && !d.header.isEmpty, "\(d.id) titles")
      #expect(d.valueWidth >= 3, "\(d.id) width")
    }
    #expect(MeasureTable.network.allSatisfy { (1...2).contains($0.jsonPath.count) })
  }

  @Test func gettersReadTheirMeasure() throws {
    let (g, _) = try NetworkxFixture("karate").graph()
    let m = NetworkMeasures(graph: g)
    let get = { (id: String, v: Int) in MeasureTable.city(id)!.value(m, v) }
    for v in 0..<g.nodeCount {
      #expect(get("degree", v) == Double(m.degree[v]))
      #expect(get("strength", v) == Double(m.strength[v]))
      #expect(get("betweenness", v) == m.betweenness[v])
      #expect(get("closeness", v) == m.closeness[v])
      #expect(get("eigenvector", v) == m.eigenvector.values![v])
      #expect(get("clustering", v) == m.clustering[v])
      #expect(get("core", v) == Double(m.core[v]))
      #expect(get("constraint", v) == m.constraint[v])
      #expect(get("effective-size", v) == m.effectiveSize[v])
    }
    #expect(MeasureTable.city("brokers") == nil)
  }

  @Test func textFollowsTheKind() throws {
    let (g, _) = try NetworkxFixture("star").graph()
    let m = NetworkMeasures(graph: g)
    // Node 0 is the centre of a star with five leaves.
    #expect(MeasureTable.city("degree")!.text(m, node: 0) == "5")
    #expect(MeasureTable.city("betweenness")!.text(m, node: 0) == "1.0000")
    #expect(MeasureTable.city("constraint")!.text(m, node: 0) == "0.2000")
    let converged = try #require(MeasureTable.network.first { $0.id == "eigenvector-converged" })
    #expect(converged.text(m) == "yes")
    #expect(MeasureTable.text(nil, .real) == "-")
    // Constraint is the one measure whose low values come first (brokers).
    #expect(MeasureTable.cities.filter { !$0.descendingByDefault }.map(\.id) == ["constraint"])
  }

  @Test func comparisonRanksTheCentralities() {
    #expect(PeriodComparison.centralities.map(\.jsonKey) == ["degree", "betweenness", "closeness", "eigenvector"])
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}

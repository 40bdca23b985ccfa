import ChengyuCore
import Testing

private typealias C = TestDatasets.C

@Suite("Roll-up and graph on a small dataset")
struct RollUpTests {
  let dataset = TestDatasets.small

  private func view(_ level: AggregationLevel) -> NetworkView {
    var f = Filter()
    f.aggregation = level
    return dataset.view(f)
  }

  @Test func rollUpMapAtEachLevel() {
    #expect(dataset.rollUpMap(.signed) == Array(0..<10))
    // Districts and counties go to their prefecture; Chongqing's districts to Chongqing.
    #expect(dataset.rollUpMap(.city) == [
      C.sichuan, C.chongqing, C.chengdu, C.deyang, C.chengdu, C.chengdu, C.chongqing, C.chongqing,
      C.guiyang, C.guizhou,
    ])
    #expect(dataset.rollUpMap(.province) == [
      C.sichuan, C.chongqing, C.sichuan, C.sichuan, C.sichuan, C.sichuan, C.chongqing, C.chongqing,
      C.guizhou, C.guizhou,
    ])
  }

  @Test func rollUpClimbsSeveralLevelsAndStopsAtAnUnknownParent() {
    var cities = TestDatasets.cities
    // A town below a district climbs two steps; a district whose parent is not in the data stays.
    cities.append(TestDatasets.city("huayang", "华阳街道", "Huayang", .district, parent: "shuangliu", province: "sichuan"))
    cities.append(TestDatasets.city("orphan", "孤区", "Orphan", .district, parent: "nowhere", province: "nowhere"))
    let d = Dataset(cities: cities, agreements: [], policies: [], codebook: TestDatasets.codebook)
    #expect(d.rollUpMap(.city)[10] == C.chengdu)
    #expect(d.rollUpMap(.city)[11] == 11)
    #expect(d.rollUpMap(.province)[11] == 11)
  }

  @Test func rollUpEndsOnAParentCycleBuiltInCode() {
    // The loader rejects cycles, but a dataset made in code must not hang the roll-up.
    let cities = [
      TestDatasets.city("x", "甲区", "X", .district, parent: "y", province: "x"),
      TestDatasets.city("y", "乙区", "Y", .district, parent: "x", province: "x"),
    ]
    let d = Dataset(cities: cities, agreements: [], policies: [], codebook: TestDatasets.codebook)
    #expect(d.rollUpMap(.city).count == 2)
  }

  @Test func signedLevelTiesEveryPairOfParties() {
    let v = view(.signed)
    #expect(TestDatasets.tieList(v) == [
      "chengdu-chongqing:1", "chengdu-jianyang:1", "chengdu-shuangliu:1", "chengdu-tongnan:1",
      "chengdu-yuzhong:1", "chongqing-sichuan:1", "deyang-guiyang:1", "jianyang-shuangliu:1",
      "shuangliu-tongnan:1", "shuangliu-yuzhong:1", "tongnan-yuzhong:2",
    ])
    #expect(v.graph.nodeCount == 9)  // Guizhou signs nothing
    #expect(v.agreements.count == 6)
  }

  @Test func cityLevelDropsSelfTiesAndCountsAnAgreementOncePerTie() {
    let v = view(.city)
    // A2 (all Chengdu) makes only self-ties: dropped, and A2 no longer passes. A6 has two
    // Chongqing districts and Chengdu, yet adds 1, not 2, to Chengdu–Chongqing.
    #expect(TestDatasets.tieList(v) == ["chengdu-chongqing:3", "chongqing-sichuan:1", "deyang-guiyang:1"])
    #expect(v.graph.nodes.map { dataset.cities[$0].id.rawValue } == ["chengdu", "chongqing", "deyang", "guiyang", "sichuan"])
    #expect(v.agreements.map { dataset.agreements[$0].id } == ["A1", "A3", "A6", "A4", "A5"])
    let chengdu = v.nodeOf[C.chengdu]!, chongqing = v.nodeOf[C.chongqing]!
    let tie = v.graph.ties[v.graph.tie(between: chengdu, and: chongqing)!]
    #expect(tie.agreements == [TestDatasets.A.a1, TestDatasets.A.a3, TestDatasets.A.a6])
    #expect(tie.weight == tie.agreements.count)
  }

  @Test func provinceLevel() {
    let v = view(.province)
    #expect(TestDatasets.tieList(v) == ["chongqing-sichuan:4", "guizhou-sichuan:1"])
    #expect(v.graph.nodeCount == 3)
  }

  @Test func adjacencyIsSortedAndSymmetric() {
    let g = view(.signed).graph
    for v in 0..<g.nodeCount {
      let ns = Array(g.neighbors[g.offsets[v]..<g.offsets[v + 1]])
      #expect(ns == ns.sorted())
      for (k, u) in ns.enumerated() {
        let t = g.neighborTies[g.offsets[v] + k]
        #expect(g.tie(between: v, and: u) == t)
        #expect(g.tie(between: u, and: v) == t)
        #expect(g.ties[t].other(v) == u)
      }
    }
    #expect(g.offsets.last == 2 * g.tieCount)
  }

  @Test func degreeStrengthDensity() {
    let v = view(.city)
    let g = v.graph
    let chongqing = v.nodeOf[C.chongqing]!, guiyang = v.nodeOf[C.guiyang]!, deyang = v.nodeOf[C.deyang]!
    #expect(g.degree(chongqing) == 2)
    #expect(g.strength(chongqing) == 4)
    #expect(g.degree(guiyang) == 1)
    #expect(g.tie(between: guiyang, and: chongqing) == nil)
    #expect(g.tie(between: deyang, and: guiyang) != nil)
    #expect(g.density == 2.0 * 3 / (5 * 4))
    #expect(CooperationGraph(nodeCount: 1, edges: []).density == 0)
  }

  @Test func edgeListGraphMergesRepeatsAndDropsLoops() {
    let g = CooperationGraph(nodeCount: 4, edges: [(0, 1, 2), (1, 0, 3), (2, 2, 5), (3, 1, 1)])
    #expect(g.tieCount == 2)
    #expect(g.ties[g.tie(between: 0, and: 1)!].weight == 5)
    #expect(g.strength(1) == 6)
    #expect(g.degree(2) == 0)
    #expect(Array(g.neighbors[g.offsets[1]..<g.offsets[2]]) == [0, 3])
  }

  @Test func viewHelpersOrderByWeightThenID() {
    let v = view(.city)
    let chongqing = v.nodeOf[C.chongqing]!
    #expect(v.ties(of: chongqing).map { v.city(node: $0.partner).id.rawValue } == ["chengdu", "sichuan"])
    let byWeight = v.tiesByWeight().map { i in
      let t = v.graph.ties[i]
      return "\(v.city(node: t.a).id)-\(v.city(node: t.b).id):\(t.weight)"
    }
    #expect(byWeight == ["chengdu-chongqing:3", "chongqing-sichuan:1", "deyang-guiyang:1"])
    let ids = v.agreements(of: chongqing).map { dataset.agreements[$0].id }
    #expect(ids == ["A1", "A3", "A6", "A4"])  // by date: 2016-03-01, 2017-05, 2017-05-20, 2018-12-31
  }
}

import ChengyuCore
import ChengyuData
import Testing

/// The core parts the explorer's analysis views rely on: the sparse QAP matrices (the same
/// numbers as the dense ones), the ego network walked from the alters (the same as filtering
/// every tie), and the period list typed on the Compare screen.
@Suite struct AnalysisCoreTests {
  /// A seeded random symmetric matrix with about `share` of its cells non-zero.
  private func randomDense(_ n: Int, share: Double, seed: UInt64, weights: Bool) -> [Double] {
    var rng = SplitMix64(seed: seed)
    var m = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in (i + 1)..<n where Double(rng.below(1000)) < share * 1000 {
        let v = weights ? Double(1 + rng.below(5)) : 1
        (m[i * n + j], m[j * n + i]) = (v, v)
      }
    }
    return m
  }

  @Test func sparseMatricesHoldExactlyTheDenseCells() {
    for seed in UInt64(1)...5 {
      let n = 9 + Int(seed)
      let dense = randomDense(n, share: 0.3, seed: seed, weights: true)
      let sparse = QAPMatrix(dense: dense, n: n)
      for i in 0..<n { for j in 0..<n where i != j { #expect(sparse.value(i, j) == dense[i * n + j]) } }
      #expect(sparse.upper.count == (0..<n).reduce(0) { r, i in r + ((i + 1)..<n).filter { dense[i * n + $0] != 0 }.count })
    }
    // Cells given in either triangle and in any order make the same matrix.
    let a = QAPMatrix(n: 4, cells: [(2, 0, 1), (1, 3, 2), (0, 1, 3)])
    let b = QAPMatrix(n: 4, cells: [(0, 1, 3), (0, 2, 1), (3, 1, 2)])
    #expect(a.upper.map { [$0.i, $0.j] } == b.upper.map { [$0.i, $0.j] } && a.value(3, 1) == 2 && b.value(2, 0) == 1)
  }

  @Test func sparseQAPGivesTheDenseResultsWithTheSameSeed() {
    for seed in UInt64(1)...4 {
      let n = 12
      let x = randomDense(n, share: 0.25, seed: seed, weights: false)
      let y = randomDense(n, share: 0.4, seed: seed + 100, weights: true)
      let sparse = QAP.test(QAPMatrix(dense: x, n: n), QAPMatrix(dense: y, n: n), permutations: 500, seed: 7)
      #expect(sparse == QAP.test(x, y, n: n, permutations: 500, seed: 7))
      #expect(sparse.correlation == QAP.correlation(x, y, n: n))
    }
  }

  @Test func theEgoNetworkFromTheAltersEqualsFilteringEveryTie() {
    for aggregation in [AggregationLevel.signed, .city] {
      var f = Filter()
      f.aggregation = aggregation
      let g = EmbeddedDataset.load().view(f).graph
      for v in 0..<g.nodeCount {
        let alters = Set(g.neighbors[g.offsets[v]..<g.offsets[v + 1]])
        let brute = g.ties.indices.filter { alters.contains(g.ties[$0].a) && alters.contains(g.ties[$0].b) }
        #expect(g.egoNetwork(v).alterTies == brute, "node \(v) at \(aggregation)")
      }
    }
  }

  @Test func periodListsParseOrNameThePartThatIsWrong() throws {
    #expect(try PeriodList.parse("2011-2013, 2014-2016 ,2017–2020").get() == [2011...2013, 2014...2016, 2017...2020])
    #expect(try PeriodList.parse("stages").get() == PeriodComparison.nationalStages)
    #expect(try PeriodList.parse("2019,2020").get() == [2019...2019, 2020...2020])
    #expect(PeriodList.text(PeriodComparison.nationalStages) == "2011-2015,2016-2019,2020")
    let problems: [(String, PeriodList.Problem)] = [
      ("", .tooFew(0)), ("2011-2013", .tooFew(1)), ("2011-2013,", .notARange("")), ("2011-2013,20x6", .notARange("20x6")),
      ("2011-2013-2015,2016", .notARange("2011-2013-2015")), ("2016-2011,2017", .reversed("2016-2011")),
      ("11-13,14-16", .notARange("11-13")), ("2011,2012,2013,2014,2015,2016,2017,2018,2019", .tooMany(9)),
      ("2011-2013,2014\u{1B}[31m", .notARange("2014")),
    ]
    for (text, problem) in problems {
      #expect(throws: problem, "\(text)") { try PeriodList.parse(text).get() }
    }
  }
}

import ChengyuCore
import ChengyuTUI
import Foundation
import Testing

/// The Measures screen shows the numbers of `chengyu stats --measures`: read off the rendered
/// frame and compared with a fresh `NetworkMeasures` and with networkx's reference values (the
/// fixtures the core and CLI tests use, written by scripts/networkx_fixtures.py).
@Suite struct MeasuresScreenTests {
  static let big = Size(width: 120, height: 40)
  /// The measure columns at 120 columns, in order, with the keys of the networkx fixtures.
  static let fields = ["degree", "strength", "betweenness", "closeness", "eigenvector", "clustering", "core",
                       "constraint", "effective_size"]

  private func networkx(_ name: String) throws -> (summary: [String: Any], byID: [String: [String: Any]]) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../ChengyuCoreTests/Fixtures/networkx/\(name).json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    let nodes = json["measures"] as! [[String: Any]]
    return (json["summary"] as! [String: Any], Dictionary(uniqueKeysWithValues: nodes.map { ($0["id"] as! String, $0) }))
  }

  /// The cells of a city's row on the Measures screen at 120×40, found by searching its name.
  private func row(_ id: String, after actions: [Action]) throws -> (state: AppState, cells: [String]) {
    let name = embedded.cities[cityIndex(id)].nameZh
    let s = explorer(Self.big, actions + [.show(.measures), .beginSearch] + name.map { .promptInput(String($0)) } + [.promptCommit])
    let line = try #require(frame(s).lines.first { $0.hasPrefix(name + " ") }, "\(id) not on screen")
    return (s, Array(line.split(separator: " ").map(String.init).suffix(Self.fields.count)))
  }

  /// Checks a shown cell against a value: the value rounded to four decimals (integers exact),
  /// or "–" for an undefined one.
  private func check(_ cell: String, _ value: Double?, _ what: String) {
    guard let value else {
      #expect(cell == "–", "\(what): \(cell) shown for an undefined value")
      return
    }
    let shown = Double(cell)
    #expect(shown != nil && abs(shown! - value) <= 0.00005 + 1e-12, "\(what): shown \(cell), expected \(value)")
  }

  private func compare(_ ids: [String], after actions: [Action], fixture: String) throws {
    let ref = try networkx(fixture)
    for id in ids {
      let (s, cells) = try row(id, after: actions)
      let m = NetworkMeasures(graph: s.view.graph)
      let v = try #require(s.view.nodeOf[cityIndex(id)])
      let mine: [Double?] = [Double(m.degree[v]), Double(m.strength[v]), m.betweenness[v], m.closeness[v],
                             m.eigenvector.values?[v], m.clustering[v], Double(m.core[v]), m.constraint[v], m.effectiveSize[v]]
      let reference = try #require(ref.byID[id])
      let converged = ref.summary["eigenvector_converged"] as! Bool
      for (k, field) in Self.fields.enumerated() {
        check(cells[k], mine[k], "\(fixture) \(id) \(field) vs NetworkMeasures")
        let expected = field == "eigenvector" && !converged ? nil : (reference[field] as? NSNumber)?.doubleValue
        check(cells[k], expected, "\(fixture) \(id) \(field) vs networkx")
      }
    }
  }

  @Test func citiesShowTheCommandLinesMeasures() throws {
    try compare(["chengdu", "chongqing", "suining", "guangan", "yibin", "sichuan"], after: [], fixture: "dataset_signed")
  }

  @Test func measuresFollowTheFilterAndAggregation() throws {
    let actions: [Action] = [.cycleAggregation, .setYears(2016...2017)]
    #expect(explorer(actions).filter.aggregation == .city)
    try compare(["chengdu", "chongqing", "suining", "guangan", "tongren"], after: actions, fixture: "dataset_city_2016_2017")
  }

  @Test func summaryIsTheNetworksAsNetworkxReportsIt() throws {
    let ref = try networkx("dataset_signed").summary
    let lines = frame(explorer(Self.big, [.show(.measures)])).lines
    let f = { (key: String) in String(format: "%.4f", (ref[key] as! NSNumber).doubleValue) }
    #expect(lines[2].hasPrefix(" Nodes \(ref["nodes"]!)   Ties \(ref["ties"]!)   Density \(f("density"))   "
      + "Components \(ref["components"]!) (largest \(ref["largest_component"]!))"))
    #expect(lines[3].hasPrefix(" Average clustering \(f("average_clustering"))   Transitivity \(f("transitivity"))   "
      + "Diameter \(ref["diameter"]!)"))
    #expect(lines[5].hasPrefix("─ Cities ─"))
  }

  @Test func unconvergedEigenvectorShowsADashAndANote() throws {
    // Collaboration agreements of 2018–2020 (signed level): power iteration does not converge in
    // 100 steps, as `chengyu stats --measures --family collaboration --years 2018-2020` reports.
    var f = Filter()
    f.families = [.collaboration]
    f.years = 2018...2020
    var s = AppState(dataset: embedded, size: Self.big, filter: f)
    _ = reduce(&s, .show(.measures))
    #expect(s.measures?.eigenvector == .notConverged(iterations: 100))
    #expect(frame(s).lines[5].hasPrefix("─ Cities · eigenvector did not converge: shown as – ─"))
    for id in ["chengdu", "chongqing"] {
      let (shown, cells) = try row(id, after: [.cycleFamily, .cycleFamily, .setYears(2018...2020)])
      #expect(shown.filter == f)
      #expect(cells[4] == "–", "\(id) eigenvector")
      check(cells[2], s.measures?.betweenness[s.view.nodeOf[cityIndex(id)]!], "\(id) betweenness")
    }
  }

  @Test func columnsFollowTheWidthByPriority() {
    let header = { (w: Int, h: Int) in frame(explorer(Size(width: w, height: h), [.show(.measures)])).lines.first { $0.hasPrefix("城市") }! }
    let words = { (w: Int, h: Int) in header(w, h).split(separator: " ").map { $0.replacingOccurrences(of: "↓", with: "") } }
    #expect(words(60, 16) == ["城市", "Degree", "Strength", "Betw.", "Close.", "Eigen."])
    #expect(words(80, 24) == ["城市", "Degree", "Strength", "Betw.", "Close.", "Eigen.", "Clust.", "Core", "Constr."])
    #expect(words(90, 24) == ["城市", "Degree", "Strength", "Betw.", "Close.", "Eigen.", "Clust.", "Core", "Constr."])
    #expect(words(91, 24).prefix(2) == ["城市", "Pinyin"] && !words(91, 24).contains("Eff.size"))
    #expect(words(120, 40) == ["城市", "Pinyin", "Degree", "Strength", "Betw.", "Close.", "Eigen.", "Clust.", "Core",
                               "Constr.", "Eff.size"])
  }
}

extension MeasuresScreenTests {
  @Test func everyMeasureSortsItsColumn() {
    var s = explorer(Self.big, [.show(.measures)])
    let keys = SortKey.keys(for: .measures)
    // Every column shown can be sorted by, effective size included.
    #expect(keys == [.degree, .strength, .betweenness, .closeness, .eigenvector, .clustering, .core, .constraint,
                     .effectiveSize, .pinyin])
    let titles = ["Degree", "Strength", "Betw.", "Close.", "Eigen.", "Clust.", "Core", "Constr.", "Eff.size"]
    for (k, key) in keys.enumerated() where key != .pinyin {
      if k > 0 { _ = reduce(&s, .sortNext) }
      let sort = s.sortState(.measures)!
      #expect(sort.key == key)
      // Low constraint marks brokers, so it lists smallest first; the others largest first.
      #expect(sort.descending == (key != .constraint))
      let lines = frame(s).lines
      #expect(lines[6].contains(titles[k] + (sort.descending ? "↓" : "↑")), "\(key): \(lines[6])")
      let shown = lines[7..<39].map { Double(Array($0.split(separator: " ").suffix(Self.fields.count))[k])! }
      let all = s.measureRows().map { s.measure(key.measure!, of: $0)! }
      for values in [shown, all] {
        #expect(zip(values, values.dropFirst()).allSatisfy { sort.descending ? $0 >= $1 : $0 <= $1 }, "\(key)")
      }
    }
    _ = reduce(&s, .sortReverse)
    #expect(s.sortState(.measures) == SortState(key: .effectiveSize, descending: false))
    #expect(s.status == "Sorted by effective size ascending")
    _ = reduce(&s, .sortNext)
    #expect(s.sortState(.measures)?.key == .pinyin)
    #expect(s.status == "Sorted by pinyin ascending")
  }

  @Test func uncomputedValuesSortLast() {
    var s = AppState(dataset: embedded, size: Self.big, measuresBudget: 0)
    _ = reduce(&s, .show(.measures))
    _ = reduce(&s, .sortNext)  // strength: always known
    _ = reduce(&s, .sortNext)  // betweenness: not computed, so the order falls back to names
    let names = s.measureRows().map { s.view.city(node: $0).nameEn }
    #expect(names == names.sorted())
    #expect(frame(s).lines[7].hasSuffix("–"))
  }

  @Test func enterOpensTheSelectedCity() {
    var s = explorer([.show(.measures), .sortNext, .sortNext])  // by betweenness
    let m = NetworkMeasures(graph: s.view.graph)
    let top = m.betweenness.indices.max { m.betweenness[$0] < m.betweenness[$1] }!
    #expect(s.view.city(node: top).id == CityID("chongqing"))
    _ = reduce(&s, .open)
    #expect(s.screen == .city(s.view.graph.nodes[top]))
  }

  @Test func citiesScreenShowsTheSameMeasures() {
    // At 100 columns the Cities table adds closeness beside betweenness; both from the cache.
    let s = explorer(Size(width: 100, height: 30))
    let m = NetworkMeasures(graph: s.view.graph)
    let lines = frame(s).lines
    #expect(lines[2].hasSuffix("Betw.  Close."))
    for (i, node) in s.cityRows().prefix(20).enumerated() {
      let cells = lines[3 + i].split(separator: " ").suffix(2).map(String.init)
      check(cells[0], m.betweenness[node], "\(s.view.city(node: node).id) betweenness")
      check(cells[1], m.closeness[node], "\(s.view.city(node: node).id) closeness")
    }
  }

  @Test func narrowSummaryWrapsAndTheTableScrollsWhatItShows() {
    // At the 60×16 minimum the summary wraps onto six lines; paging must use the rows drawn.
    var s = explorer(Size(width: 60, height: 16), [.show(.measures)])
    let lines = frame(s).lines
    #expect(lines[2] == " Nodes 129   Ties 936   Density 0.1134" + String(repeating: " ", count: 22))
    #expect(lines[3].hasPrefix(" Components 6 (largest 118)"))
    #expect(lines[8].hasPrefix("─ Cities ─") && lines[9].hasPrefix("城市"))
    let shown = lines[10..<15].count
    #expect(s.viewport(ListKey(.measures)) == shown)
    _ = reduce(&s, .page(1))
    #expect(s.list(ListKey(.measures)).selected == shown)
  }
}

import ChengyuCore
import Foundation
import Testing

/// `ChengyuBench filter` on a tiny SYNTHETIC corpus: the lines scripts/bench_scale.py reads are
/// there, one per filter dimension, and the counts they report are the Core's own for that filter.
@Suite struct BenchFilterModeTests {
  /// ChengyuBench, built beside chengyu by `swift build` / `swift test`.
  static let bench = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent()
    .appendingPathComponent("ChengyuBench").path

  @Test func filterModeTimesEveryDimensionAndReportsTheCoresCounts() throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("chengyu-bench-filter-\(UUID().uuidString)").path
    defer { try? fm.removeItem(atPath: dir) }
    let generated = try CLI.run(["generate", dir, "--cities", "60", "--agreements", "200", "--seed", "7"],
                                program: Self.bench)
    #expect(generated.status == 0, "\(generated.stderr)")
    let r = try CLI.run(["filter", dir, "--runs", "2"], program: Self.bench)
    #expect(r.status == 0, "\(r.stderr)")

    // `  name: W s wall, C s cpu (A agreements, N nodes, T ties)…`, as bench_scale.py's STEP_LINE.
    let pattern = try NSRegularExpression(
      pattern: #"^  (.+?): ([0-9.]+) s wall, ([0-9.]+) s cpu(?: \((\d+) agreements, (\d+) nodes, (\d+) ties\))?"#)
    var lines: [String: [Int]] = [:]
    var order: [String] = []
    for line in r.stdoutLines {
      let ns = line as NSString
      guard let m = pattern.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
      let name = ns.substring(with: m.range(at: 1))
      order.append(name)
      lines[name] = (4...6).compactMap { m.range(at: $0).location == NSNotFound ? nil : Int(ns.substring(with: m.range(at: $0))) }
    }
    let dataset = try DatasetLoader.load(directory: dir)
    let whole = dataset.view()
    let hub = (0..<whole.graph.nodeCount).max { whole.graph.degree($0) < whole.graph.degree($1) }!
    let years = whole.agreements.map { dataset.agreements[$0].date.year }
    let year = (years.min()! + years.max()!) / 2
    let mechanism = dataset.codebook.mechanisms[0].id, domain = dataset.codebook.domains[0].id
    #expect(order == [
      "load", "build ties", "filter family=governance", "filter mechanism=\(mechanism)", "filter year=\(year)",
      "filter domain=\(domain)", "filter level=county", "filter in-region", "filter cross-border",
      "filter text=\(whole.city(node: hub).nameZh)", "filter text=agreement", "filter none (back to all)",
    ])
    func expectCounts(_ name: String, _ change: (inout Filter) -> Void) {
      var f = Filter()
      change(&f)
      let v = dataset.view(f)
      #expect(lines[name] == [v.agreements.count, v.graph.nodeCount, v.graph.tieCount], "\(name)")
    }
    expectCounts("build ties") { _ in }
    expectCounts("filter none (back to all)") { _ in }
    expectCounts("filter family=governance") { $0.families = [.governance] }
    expectCounts("filter mechanism=\(mechanism)") { $0.mechanisms = [mechanism] }
    expectCounts("filter year=\(year)") { $0.years = year...year }
    expectCounts("filter domain=\(domain)") { $0.domains = [domain] }
    expectCounts("filter level=county") { $0.levels = [.county] }
    expectCounts("filter cross-border") { $0.crossBorderOnly = true }
    // Each restricting filter passes fewer agreements than the whole corpus (a filter that did
    // nothing would time nothing).
    for name in ["filter family=governance", "filter year=\(year)", "filter level=county", "filter cross-border"] {
      #expect((lines[name]?.first ?? .max) < whole.agreements.count, "\(name)")
    }
    #expect(r.stdout.contains("best of 2"))
    #expect(r.stdout.contains("peak resident memory (VmHWM): "))
  }

  @Test func filterModeNamesAMissingFolder() throws {
    let r = try CLI.run(["filter", "/nonexistent-chengyu-corpus"], program: Self.bench)
    #expect(r.status == 1)
    #expect(r.stderr.contains("/nonexistent-chengyu-corpus"), "\(r.stderr)")
  }
}

import ChengyuCore
import Foundation
import Testing

/// `ChengyuBench filter` on a tiny SYNTHETIC corpus: the lines scripts/bench_scale.py reads are
/// there, one per filter dimension of issue 11, and the counts they report are the Core's own.
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

    // The line shape of bench_scale.py's FILTER_LINE.
    let pattern = try NSRegularExpression(pattern: #"^  filter (.+?): first [0-9.]+ s wall, [0-9.]+ s cpu; "#
      + #"warm [0-9.]+ s wall, [0-9.]+ s cpu \(median of 2\); (\d+) ties, (\d+) agreements$"#)
    var counts: [String: [Int]] = [:]
    for line in r.stdoutLines {
      let ns = line as NSString
      guard let m = pattern.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
      counts[ns.substring(with: m.range(at: 1))] = [Int(ns.substring(with: m.range(at: 2)))!, Int(ns.substring(with: m.range(at: 3)))!]
    }
    for dimension in ["none", "family", "mechanism", "years", "domain", "level", "in-region", "cross-border",
                      "text-government", "text-title"] {
      #expect(counts[dimension] != nil, "no line for \(dimension) in:\n\(r.stdout)")
    }
    #expect(r.stdoutLines.contains { $0.hasPrefix("  build ties") && $0.contains(" s wall, ") })
    #expect(r.stdout.contains("peak resident memory (VmHWM): "))

    let dataset = try DatasetLoader.load(directory: dir)
    func expectCounts(_ name: String, _ change: (inout Filter) -> Void) {
      var f = Filter()
      change(&f)
      let v = dataset.view(f)
      #expect(counts[name] == [v.graph.tieCount, v.agreements.count], "\(name)")
    }
    expectCounts("none") { _ in }
    expectCounts("family") { $0.families = [.governance] }
    expectCounts("mechanism") { $0.mechanisms = [dataset.codebook.mechanisms[0].id] }
    expectCounts("domain") { $0.domains = [dataset.codebook.domains[0].id] }
    expectCounts("cross-border") { $0.crossBorderOnly = true }
    expectCounts("in-region") { $0.inRegionOnly = true }
    // A restricting filter passes fewer agreements than the whole corpus: a filter that did
    // nothing would time nothing.
    let all = try #require(counts["none"]?.last)
    for name in ["family", "mechanism", "years", "domain", "cross-border"] {
      #expect((counts[name]?.last ?? .max) < all, "\(name)")
    }
  }

  @Test func filterModeNamesAMissingFolder() throws {
    let r = try CLI.run(["filter", "/nonexistent-chengyu-corpus"], program: Self.bench)
    #expect(r.status == 1)
    #expect(r.stderr.contains("/nonexistent-chengyu-corpus"), "\(r.stderr)")
  }
}

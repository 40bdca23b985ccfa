import Foundation
import Testing

/// The targeted fuzz cases of issue 7 §6, run as the built binary on the tiny fixture with rows
/// appended (generated here: several are megabytes). Each must end with a clean result or
/// `file:line: reason` and exit 65, never with a signal (CLI.run kills a hang after its timeout).
@Suite struct HostileDataTests {
  /// The tiny fixture in a new temporary folder, with `lines` appended to `file`.
  private func folder(appending lines: [String] = [], to file: String = "cities.csv") throws -> String {
    let dir = NSTemporaryDirectory() + "chengyu-hostile-" + UUID().uuidString
    try FileManager.default.copyItem(atPath: CLI.fixture("tiny"), toPath: dir)
    if !lines.isEmpty {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/" + file))
      handle.seekToEndOfFile()
      handle.write(Data((lines.joined(separator: "\n") + "\n").utf8))
      try handle.close()
    }
    return dir
  }

  private func district(_ id: String, parent: String) -> String {
    "\(id),测试区,Test District,district,\(parent),testprov-c,yes,fixture (fake)"
  }

  @Test func longPinyinNameWorksOnEveryCommand() throws {
    let dir = try folder(appending: [
      "testdist-z,张区,\(String(repeating: "zhang", count: 40_000)),district,testprov-c,testprov-c,yes,fixture (fake)",
    ])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for args in [["validate", dir], ["stats", "--data", dir], ["list", "cities", "--data", dir, "--text", "zz"]] {
      let r = try CLI.run(args, timeout: 60)
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
  }

  @Test func fifoAgreementsFileIsRefusedByName() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.removeItem(atPath: dir + "/agreements.csv")
    #expect(mkfifo(dir + "/agreements.csv", 0o644) == 0)
    let r = try CLI.run(["validate", dir], timeout: 60)
    #expect(r.status == 65)
    #expect(r.stderr.hasPrefix("\(dir)/agreements.csv: file cannot be read: it is a FIFO (named pipe), not a regular file\n"))
    let stats = try CLI.run(["stats", "--data", dir], timeout: 60)
    #expect(stats.status == 65)
  }

  @Test func deepParentChainLoads() throws {
    let chain = (0..<10_000).map { district("d\($0)", parent: $0 == 0 ? "testprov-c" : "d\($0 - 1)") }
    let dir = try folder(appending: chain)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLI.run(["list", "cities", "--data", dir, "--aggregate", "city", "--format", "csv"], timeout: 60)
    #expect(r.status == 0, "\(r.stderr)")
  }

  @Test func longParentCycleGivesAShortReport() throws {
    let cycle = (0..<2_000).map { district("c\($0)", parent: "c\(($0 + 1) % 2_000)") }
    let dir = try folder(appending: cycle)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLI.run(["validate", dir], timeout: 60)
    #expect(r.status == 65)
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 200 + 1 + 1)
    #expect(lines[200] == "\(dir)/cities.csv: … and 1800 more of the same kind (cycle in parent: …)")
    #expect(lines.last == "chengyu: 2000 problems in \(dir)")
    #expect(r.stderr.utf8.count < 100_000)
  }

  @Test(arguments: [3_000, 100_000])
  func agreementWithThousandsOfPartiesIsRefused(_ n: Int) throws {
    let dir = try folder(appending: (0..<n).map { district("p\($0)", parent: "testprov-c") })
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let parties = (0..<n).map { "p\($0)" }.joined(separator: ";")
    let agreements = dir + "/agreements.csv"
    let row = "TA99,2020,大协议,Big,\(parties),test-agreement,test-domain,https://example.invalid/ta99,fixture,high\n"
    let old = try String(contentsOfFile: agreements, encoding: .utf8)
    try (old + row).write(toFile: agreements, atomically: true, encoding: .utf8)
    let line = old.split(separator: "\n").count + 1
    for args in [["validate", dir], ["stats", "--data", dir], ["export", "--format", "gexf", "--data", dir]] {
      let r = try CLI.run(args, timeout: 120)
      #expect(r.status == 65, "\(args)")
      #expect(r.stderr.contains("\(agreements):\(line): agreement has \(n) distinct parties, more than the 1000 accepted"), "\(args)")
    }
  }

  @Test func largeAgreementIsAWarningInValidate() throws {
    let dir = try folder(appending: (0..<120).map { district("p\($0)", parent: "testprov-c") })
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let parties = (0..<120).map { "p\($0)" }.joined(separator: ";")
    let agreements = dir + "/agreements.csv"
    let old = try String(contentsOfFile: agreements, encoding: .utf8)
    try (old + "TA99,2020,大协议,Big,\(parties),test-agreement,test-domain,https://example.invalid/ta99,fixture,high\n")
      .write(toFile: agreements, atomically: true, encoding: .utf8)
    let r = try CLI.run(["validate", dir])
    #expect(r.status == 0)
    #expect(r.stderr.hasSuffix(": warning: agreement has 120 distinct parties (more than 100): its 7140 ties will dominate the network\n"))
    #expect(r.stdout.hasPrefix("ok: "))
  }

  @Test func hundredMegabyteLineOfCommas() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    FileManager.default.createFile(atPath: dir + "/policies.csv", contents: Data(repeating: 0x2C, count: 100_000_000))
    let r = try CLI.run(["validate", dir], timeout: 120)
    #expect(r.status == 65)
    #expect(r.stderr.hasPrefix("\(dir)/policies.csv:1: record has more than 10000 fields (the limit per record)\n"))
  }

  @Test func repeatedBadCellAndUnknownPartiesAreCapped() throws {
    let bad = (0..<40_000).map {
      "TB\($0),2019-02-30,协议,Bad,testcity-a;testcity-b,test-agreement,test-domain,https://example.invalid/x,fixture,high"
    }
    let unknown = (0..<100_000).map { "zz\($0)" }.joined(separator: ";")
    let dir = try folder(appending: bad + [
      "TC1,2019,协议,Unknown,\(unknown),test-agreement,test-domain,https://example.invalid/y,fixture,high",
    ], to: "agreements.csv")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try CLI.run(["validate", dir], timeout: 120)
    #expect(r.status == 65)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 200 + 200 + 2 + 1)
    #expect(lines.contains("\(dir)/agreements.csv: … and 39800 more of the same kind (bad or impossible date \"…\" (use YYYY, YYYY-MM or YYYY-MM-DD))"))
    #expect(lines.contains("\(dir)/agreements.csv: … and 99800 more of the same kind (unknown city id \"…\" in parties)"))
    #expect(lines.last == "chengyu: 140000 problems in \(dir)")
    #expect(r.stderr.utf8.count < 100_000)
    let stats = try CLI.run(["stats", "--data", dir], timeout: 120)
    #expect(stats.status == 65)
    #expect(stats.stderr.utf8.count < 100_000)
  }
}

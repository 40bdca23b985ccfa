import Foundation
import Testing

/// `chengyu explore --script`: the explorer replayed headless, as scripts and CI use it.
@Suite struct ExploreScriptTests {
  private func script(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("chengyu-keys-\(UUID().uuidString).txt").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func replaysKeysAndPrintsTheLastScreen() throws {
    let keys = try script("# open the timeline\n5\n")
    defer { try? FileManager.default.removeItem(atPath: keys) }
    let r = try CLI.run(["explore", "--script", keys, "--size", "100x30"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 30)
    #expect(r.stdout.contains("Agreements per year"))
    // The 2020 row carries the year's counts from the data: 66 agreements, 8 governance.
    #expect(lines.contains { $0.hasPrefix("  2020 ") && $0.contains("66  G8 C58") })
  }

  @Test func familyCycleChangesTheHeaderCounts() throws {
    let keys = try script("m")
    defer { try? FileManager.default.removeItem(atPath: keys) }
    let r = try CLI.run(["explore", "--script", keys])
    #expect(r.status == 0, "\(r.stderr)")
    let stats = try #require(try CLI.json(try CLI.run(["stats", "--json", "--family", "governance"])) as? [String: Any])
    let header = r.stdout.split(separator: "\n")[1]
    #expect(header.contains("governance"))
    #expect(header.contains("\(stats["agreements"] as! Int) agreements"))
  }

  @Test func unknownKeyNamesTheScriptLine() throws {
    let keys = try script("j\nj nosuchkey\n")
    defer { try? FileManager.default.removeItem(atPath: keys) }
    let r = try CLI.run(["explore", "--script", keys])
    #expect(r.status == 65)
    #expect(r.stderr.contains("\(keys):2: unknown key or event 'nosuchkey'"))
    #expect(r.stdout.isEmpty)
  }

  @Test(arguments: ["0x10", "100000x100000", "wide"])
  func badSizeIsAUsageError(size: String) throws {
    let keys = try script("q")
    defer { try? FileManager.default.removeItem(atPath: keys) }
    let r = try CLI.run(["explore", "--script", keys, "--size", size])
    #expect(r.status == 64)
    #expect(r.stderr.contains("bad --size '\(size)'"))
  }

  @Test func missingScriptIsReported() throws {
    let r = try CLI.run(["explore", "--script", "/nonexistent/keys.txt"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot read script /nonexistent/keys.txt"))
  }
}

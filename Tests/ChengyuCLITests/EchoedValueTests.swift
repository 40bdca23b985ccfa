import Foundation
import Testing

/// Values a message repeats (option values, folder names, script tokens) reach the terminal:
/// they are sanitized, so an OSC title sequence or a bell never gets through, and capped.
@Suite struct EchoedValueTests {
  static let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31mx\u{202E}y"

  private func expectClean(_ r: CLIResult, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.status != 0, "\(what)", sourceLocation: sourceLocation)
    #expect(!r.stderr.isEmpty, "\(what)", sourceLocation: sourceLocation)
    let bad = r.stderr.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    #expect(bad.isEmpty, "\(what): \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ["list", "cities", "--aggregate", hostile], ["stats", "--family", hostile], ["stats", "--years", hostile],
    ["export", "--format", hostile], ["list", hostile], ["list", "ties", "--format", hostile],
    ["list", "ties", "--sort", hostile], ["stats", "--measures", "--sort", hostile], ["stats", "--level", hostile],
    ["stats", "--mechanism", hostile], ["stats", "--domain", hostile], ["show", hostile],
    ["explore", "--script", "/nonexistent/" + hostile], ["stats", "--" + hostile], [hostile],
  ])
  func optionValuesAreSanitized(_ args: [String]) throws {
    expectClean(try CLI.run(args), "\(args)")
  }

  @Test func sizeAndScriptTokensAreSanitized() throws {
    let script = NSTemporaryDirectory() + "chengyu-keys-\(UUID().uuidString).txt"
    try "j \(Self.hostile)".write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    expectClean(try CLI.run(["explore", "--script", script]), "token")
    expectClean(try CLI.run(["explore", "--script", script, "--size", Self.hostile]), "size")
  }

  @Test func folderNamesAreSanitized() throws {
    let dir = NSTemporaryDirectory() + "chengyu-\(Self.hostile)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    expectClean(try CLI.run(["stats", "--data", dir]), "--data")
    expectClean(try CLI.run(["stats"], environment: ["CHENGYU_DATA": dir]), "CHENGYU_DATA")
    expectClean(try CLI.run(["validate", dir]), "validate")
    let missing = try CLI.run(["validate", dir + "/none"])
    expectClean(missing, "missing")
    #expect(missing.stderr.contains("is not a folder: it does not exist"))
  }

  @Test(arguments: [["stats", "--family"], ["list"], ["stats", "--years"], ["show"], ["stats", "--data"]])
  func longValuesGiveShortMessages(_ args: [String]) throws {
    let r = try CLI.run(args + [String(repeating: "ab", count: 50_000)])
    #expect(r.status != 0)
    #expect(r.stderr.utf8.count < 3_000, "\(args): \(r.stderr.utf8.count) bytes")
  }
}

import Foundation
import Testing

/// Standard output that cannot take the data: every command says so and exits 1, instead of
/// exiting 0 with the data lost.
@Suite struct OutputErrorTests {
  static let commands: [[String]] = [
    ["stats"], ["stats", "--json"], ["stats", "--measures"], ["list", "cities"], ["list", "ties", "--format", "csv"],
    ["show", "chengdu"], ["compare", "--periods", "2011-2015,2016-2020"], ["validate"],
    ["export", "--format", "json"],
  ]

  @Test(arguments: commands)
  func fullDeviceIsAnError(_ args: [String]) throws {
    let r = try CLI.run(args, stdout: .path("/dev/full"))
    #expect(r.status == 1, "\(args)")
    #expect(r.stderr.hasSuffix("chengyu: cannot write standard output: No space left on device\n"), "\(args): \(r.stderr)")
  }

  @Test(arguments: [["stats"], ["list", "agreements"], ["validate"], ["stats", "--measures"]])
  func closedStandardOutputIsAnError(_ args: [String]) throws {
    let r = try CLI.run(args, stdout: .closed)
    #expect(r.status == 1, "\(args)")
    // `list` tables print their count line ("170 agreements") on stderr first.
    #expect(r.stderr.hasSuffix("chengyu: cannot write standard output: Bad file descriptor\n"), "\(args): \(r.stderr)")
    #expect(r.stderr.components(separatedBy: "cannot write").count == 2, "\(args): \(r.stderr)")
  }

  @Test func explorerReplayToAFullDeviceIsAnError() throws {
    let script = NSTemporaryDirectory() + "chengyu-keys-\(UUID().uuidString).txt"
    try "j j".write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let r = try CLI.run(["explore", "--script", script], stdout: .path("/dev/full"))
    #expect(r.status == 1)
    #expect(r.stderr == "chengyu: cannot write standard output: No space left on device\n")
  }

  @Test func helpToAFullDeviceIsAnErrorToo() throws {
    let r = try CLI.run(["stats", "--help"], stdout: .path("/dev/full"))
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot write standard output"))
  }

  @Test func aFailedCommandKeepsItsOwnExitCode() throws {
    let r = try CLI.run(["validate", CLI.fixture("malformed")], stdout: .path("/dev/full"))
    #expect(r.status == 65)
  }
}

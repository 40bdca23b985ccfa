import Foundation
import Testing

@Suite struct RootCommandTests {
  @Test func versionIsOneLine() throws {
    let r = try CLI.run(["--version"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.split(separator: ".").count == 3)
  }

  @Test func helpHasExamples() throws {
    let root = try CLI.run(["--help"])
    #expect(root.status == 0)
    #expect(root.stdout.contains("Examples:"))
    #expect(root.stdout.contains("chengyu stats --json"))
    for command in ["stats", "list", "show", "validate"] {
      let r = try CLI.run([command, "--help"])
      #expect(r.status == 0)
      #expect(r.stdout.contains("Examples:"), "\(command)")
      #expect(r.stdout.contains("chengyu \(command)"), "\(command)")
    }
  }

  @Test func badYearsExit64WithMessage() throws {
    for bad in ["2017-2016", "20x6", "2016-", "16"] {
      let r = try CLI.run(["list", "agreements", "--years", bad])
      #expect(r.status == 64, "\(bad)")
      #expect(r.stderr.contains("bad year range '\(bad)'"), "\(r.stderr)")
      #expect(r.stderr.contains("Usage: chengyu list"), "the subcommand's usage, not the root's: \(r.stderr)")
      #expect(r.stdout.isEmpty)
    }
  }

  @Test func unknownFilterValuesAndFormatsExit64() throws {
    let family = try CLI.run(["stats", "--family", "cooperation"])
    #expect(family.status == 64)
    #expect(family.stderr.hasPrefix("chengyu: unknown family \"cooperation\" (known: governance 治理, collaboration 协作)"))
    let mechanism = try CLI.run(["list", "ties", "--mechanism", "treaty"])
    #expect(mechanism.status == 64 && mechanism.stdout.isEmpty)
    #expect(mechanism.stderr.hasPrefix("chengyu: unknown mechanism \"treaty\" (known: joint-conference 联席会议机制,"), "\(mechanism.stderr)")
    let format = try CLI.run(["list", "ties", "--format", "xml"])
    #expect(format.status == 64)
    let kind = try CLI.run(["list", "mayors"])
    #expect(kind.status == 64)
  }
}

import ChengyuCore
import Foundation
import Testing

/// The escape-titles fixture carries ESC [31m, OSC titles and hyperlinks, BEL, BS and a C1 CSI in
/// titles and names; none of it may reach the terminal.
@Suite struct UntrustedTextTests {
  let dir = CLI.fixture("escape-titles")

  private func expectClean(_ r: CLIResult, _ what: String) {
    #expect(r.status == 0, "\(what): \(r.stderr)")
    #expect(!r.stdoutBytes.contains(0x1B), "\(what): ESC reached the output")
    #expect(!r.stdoutBytes.contains(0x07), "\(what): BEL reached the output")
    #expect(!r.stdoutBytes.contains(0x08), "\(what): BS reached the output")
    #expect(!r.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "\(what): C1 control")
  }

  @Test func listAgreementsTableHasNoEscapeByte() throws {
    let r = try CLI.run(["list", "agreements", "--format", "table", "--data", dir])
    expectClean(r, "list agreements")
    #expect(r.stdout.contains("红色标题"))
    #expect(r.stdout.contains("窗口标题"))
    #expect(r.stdout.contains("链接标题"))
    #expect(!r.stdout.contains("owned"))
    // Still aligned once the sequences are gone: the parties column (甲市…) starts at the same
    // display column as its header in every row, the 4-character titles being 8 columns wide.
    let lines = r.stdoutLines.filter { !$0.isEmpty }
    #expect(lines.count == 5)
    let headerStart = lines[0].range(of: "parties").map { DisplayWidth.of(lines[0][..<$0.lowerBound]) }
    for row in lines.dropFirst(2) {
      let start = row.range(of: "甲市").map { DisplayWidth.of(row[..<$0.lowerBound]) }
      #expect(start != nil && start == headerStart, "\(row)")
    }
  }

  @Test func everyCommandAndFormatIsClean() throws {
    for args in [
      ["list", "cities"], ["list", "ties"], ["list", "policies"], ["list", "agreements", "--format", "csv"],
      ["list", "agreements", "--format", "json"], ["list", "cities", "--format", "csv"], ["stats"],
      ["show", "TE03"], ["show", "TE02", "--json"], ["show", "testcity-a"], ["show", "TP01"],
    ] {
      expectClean(try CLI.run(args + ["--data", dir]), args.joined(separator: " "))
    }
  }
}

import Foundation
import Testing

/// The loading screen of a big folder in the real terminal: it shows while the data loads on a
/// worker thread, and `q` quits at once, leaving the terminal as it was.
@Suite(.serialized) struct ExplorerLoadingTests {
  /// A SYNTHETIC seeded corpus (`ChengyuBench generate`), big enough that a debug build takes
  /// seconds to load it.
  static func corpus() throws -> URL {
    let bench = try TmuxSession.chengyuBinary().deletingLastPathComponent().appendingPathComponent("ChengyuBench")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-e2e-load-\(UUID().uuidString)")
    let (status, output) = try Spawn.run(
      [bench.path, "generate", dir.path, "--cities", "400", "--agreements", "40000", "--seed", "7"], environment: [:])
    #expect(status == 0, "ChengyuBench generate: \(output)")
    return dir
  }

  @Test func theLoadingScreenQuitsOnQ() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    let e = try ExplorerDriver(arguments: ["--data", dir.path])
    defer { e.close() }
    let loading = try e.session.waitFor("the loading screen") { $0.contains("loading the dataset") && $0.contains("q quit") }
    #expect(loading.contains("Folder: ") && loading.contains("chengyu-e2e-load-"))
    try e.session.sendKeys("q")
    #expect(try e.exitAndCheckTerminal() == 0)
    // It quit from the loading screen: the explorer's screens were never drawn.
    #expect(!(try e.session.capture()).contains("Pinyin"))
  }
}

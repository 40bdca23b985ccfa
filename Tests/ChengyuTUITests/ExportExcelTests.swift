import ChengyuCore
import ChengyuTUI
import Foundation
import Testing

/// The export box's Excel toggle (Tab): CSV tables start with a UTF-8 byte-order mark, as with
/// `chengyu export --excel`, through the prompt, the overwrite question and the write itself.
@MainActor
@Suite struct ExportExcelTests {
  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  private func folder() -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-tui-excel-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  private func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

  @Test func tabTogglesTheByteOrderMarkForCSVFormats() {
    #expect(ExplorerProgram.action(for: .tab, in: explorer([.beginExport])) == .toggleExportExcel)
    // Elsewhere Tab still moves to the next screen.
    #expect(ExplorerProgram.action(for: .tab, in: explorer()) == .nextTab)
    var state = explorer([.beginExport, .toggleExportExcel, .promptInput("csv out")])
    #expect(state.prompt?.excel == true)
    #expect(reduce(&state, .promptCommit) == [.export(.csv, path: "out", force: false, excel: true)])
    // Toggled twice: off again.
    var off = explorer([.beginExport, .toggleExportExcel, .toggleExportExcel, .promptInput("dl out")])
    #expect(reduce(&off, .promptCommit) == [.export(.dl, path: "out", force: false, excel: false)])
    // A format without CSV tables ignores it.
    var gexf = explorer([.beginExport, .toggleExportExcel, .promptInput("gexf n.gexf")])
    #expect(reduce(&gexf, .promptCommit) == [.export(.gexf, path: "n.gexf", force: false, excel: false)])
  }

  @Test func typedExcelWordWorksInThePromptAndThePalette() {
    var state = explorer([.beginCommand, .promptInput("export csv out --excel")])
    #expect(reduce(&state, .promptCommit) == [.export(.csv, path: "out", force: false, excel: true)])
    var bare = explorer([.beginExport, .promptInput("dl --excel")])
    let base = bare.defaultExportBase
    #expect(reduce(&bare, .promptCommit) == [.export(.dl, path: base + ".dl", force: false, excel: true)])
  }

  @Test func theOverwriteQuestionKeepsTheChoice() {
    var state = explorer([.beginExport, .exportFinished(.exists(.csv, output: "o", existing: "o.edges.csv", excel: true))])
    #expect(reduce(&state, .confirmOverwrite(true)) == [.export(.csv, path: "o", force: true, excel: true)])
  }

  @Test func writtenTablesStartWithTheByteOrderMark() throws {
    let dir = folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let events: [InputEvent] = [.key(.char("e")), .key(.tab)] + "csv \(dir)/net".map { .key(.char($0)) } + [.key(.enter)]
    let backend = HeadlessBackend(size: Size(width: 100, height: 30), events: events)
    var program = ExplorerProgram(dataset: embedded, origin: "embedded")
    AppRunner.run(&program, backend: backend)
    let edges = try bytes(dir + "/net.edges.csv"), nodes = try bytes(dir + "/net.nodes.csv")
    #expect(Array(edges.prefix(3)) == Self.bom && Array(nodes.prefix(3)) == Self.bom)
    // The rest is the plain export: the same bytes as without the mark.
    let plain = ExportFormat.csv.render(ExportNetwork(view: program.state.view, origin: "embedded"))
    #expect(Array(edges.dropFirst(3)) == plain[0] && Array(nodes.dropFirst(3)) == plain[1])
    #expect(try bytes(dir + "/net.about.txt").prefix(3) != Self.bom[...])

    // Overwriting with the toggle on still writes the mark (the question carries the choice).
    let again = HeadlessBackend(size: Size(width: 100, height: 30), events: events + [.key(.char("y"))])
    AppRunner.run(&program, backend: again)
    #expect(Array(try bytes(dir + "/net.edges.csv").prefix(3)) == Self.bom)
    #expect(program.state.status?.hasPrefix("Wrote ") == true)
  }

  @Test func panelSaysWhetherTheMarkIsWritten() {
    let on = frame(explorer(Size(width: 120, height: 40), [.beginExport, .toggleExportExcel, .promptInput("csv")])).lines.joined(separator: "\n")
    #expect(on.contains("for Excel: on") && on.contains("CSV with a UTF-8 BOM:"))
    let off = frame(explorer(Size(width: 120, height: 40), [.beginExport, .promptInput("csv")])).lines.joined(separator: "\n")
    #expect(off.contains("for Excel: off") && !off.contains("CSV with a UTF-8 BOM:"))
    let json = frame(explorer(Size(width: 120, height: 40), [.beginExport, .toggleExportExcel, .promptInput("json")])).lines.joined(separator: "\n")
    #expect(json.contains("only csv and dl have CSV tables") && !json.contains("UTF-8 BOM)"))
    let zh = frame(explorer(Size(width: 120, height: 40), language: .zh, [.beginExport, .toggleExportExcel, .promptInput("csv")])).lines.joined(separator: "\n")
    #expect(zh.contains("供 Excel 打开：开"))
  }
}

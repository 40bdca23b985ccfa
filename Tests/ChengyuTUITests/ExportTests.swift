import ChengyuCore
import ChengyuTUI
import Foundation
import Testing

/// A fresh empty folder under the system's temporary folder.
private func temporaryFolder() -> String {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-tui-export-\(UUID().uuidString)")
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.path
}

/// Key events that type `text`.
private func typing(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }

@MainActor
@Suite struct ExportTests {
  @Test func promptCommitAsksForTheExportOfTheCurrentView() {
    var state = explorer([.cycleFamily, .beginExport])
    #expect(state.prompt?.kind == .export)
    for c in "json out.json" { _ = reduce(&state, .promptInput(String(c))) }
    #expect(reduce(&state, .promptCommit) == [.export(.json, path: "out.json", force: false)])
    #expect(state.prompt == nil)
  }

  @Test func emptyPromptUsesTheDefaultFormatAndANameFromTheFilter() {
    var state = explorer([.cycleFamily, .setYears(2016...2020), .beginExport])
    #expect(reduce(&state, .promptCommit) == [.export(.gexf, path: "chengyu-governance-2016-2020.gexf", force: false)])
    _ = reduce(&state, .beginExport)
    _ = reduce(&state, .promptInput("csv"))
    // A format with side files gets a base name that `ExportFormat.paths(for:)` expands.
    #expect(reduce(&state, .promptCommit) == [.export(.csv, path: "chengyu-governance-2016-2020.csv", force: false)])
  }

  @Test func unknownFormatIsNamedAndNothingIsAsked() {
    var state = explorer([.beginExport, .promptInput("xlsx a.xlsx")])
    #expect(reduce(&state, .promptCommit) == [])
    #expect(state.status == "Unknown format 'xlsx': use csv graphml gexf pajek dl dot json")
  }

  @Test func paletteExportWithArgumentsSkipsThePrompt() {
    var state = explorer([.beginCommand, .promptInput("export pajek net.net")])
    #expect(reduce(&state, .promptCommit) == [.export(.pajek, path: "net.net", force: false)])
  }

  @Test func headlessRunWritesTheViewAndReportsTheCounts() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/gov.gexf"
    // m: governance only, then e, type, Enter.
    let events: [InputEvent] = [.key(.char("m")), .key(.char("e"))] + typing("gexf " + path) + [.key(.enter)]
    let backend = HeadlessBackend(size: Size(width: 100, height: 30), events: events)
    var program = ExplorerProgram(dataset: embedded, origin: "embedded")
    AppRunner.run(&program, backend: backend)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let ties = program.state.view.graph.tieCount
    let nodes = program.state.view.graph.nodeCount
    #expect(ties > 0 && ties < explorer().view.graph.tieCount)
    #expect(text.components(separatedBy: "<edge ").count - 1 == ties)
    #expect(text.contains("governance"))
    #expect(program.state.status == "Wrote \(nodes) nodes, \(ties) ties: \(path)")
    #expect(backend.screen.lines[29].contains("Wrote \(nodes) nodes, \(ties) ties: \(folder)"))
  }

  @Test func existingFileIsKeptUnlessTheUserSaysYes() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/net.json"
    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
    let export: [InputEvent] = [.key(.char("e"))] + typing("json " + path) + [.key(.enter)]
    // Any key but y (here Enter, then n) leaves the file alone.
    let backend = HeadlessBackend(size: Size(width: 100, height: 30), events: export + [.key(.enter), .key(.char("n"))])
    var program = ExplorerProgram(dataset: embedded)
    AppRunner.run(&program, backend: backend)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    #expect(program.state.prompt == nil)
    #expect(program.state.status == "Nothing written; kept \(path)")
    // The long temporary path loses its start, never the file name or the question.
    let question = backend.frames[backend.frames.count - 2].lines[29]
    #expect(question.hasPrefix("Overwrite …"))
    #expect(question.contains("/net.json? (y/n)"))

    let yes = HeadlessBackend(size: Size(width: 100, height: 30), events: export + [.key(.char("y"))])
    AppRunner.run(&program, backend: yes)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("{"))
    #expect(program.state.status?.hasPrefix("Wrote ") == true && program.state.status?.hasSuffix(": \(path)") == true)
  }

  @Test func missingFolderIsReportedWithThePath() {
    var program = ExplorerProgram(dataset: embedded)
    _ = program.handle(.resize(Size(width: 80, height: 24)))
    _ = program.handle(.key(.char("e")))
    for event in typing("dot /nonexistent-chengyu/x.dot") { _ = program.handle(event) }
    _ = program.handle(.key(.enter))
    #expect(program.state.status == "Not exported: cannot write /nonexistent-chengyu/x.dot: folder /nonexistent-chengyu does not exist")
  }

  @Test func exportPanelShowsFormatsAndTheDefaultFile() {
    let lines = frame(explorer(Size(width: 120, height: 40), [.beginExport, .promptInput("csv")])).lines
    let text = lines.joined(separator: "\n")
    #expect(text.contains("Formats: csv graphml gexf pajek dl dot json"))
    let base = explorer().defaultExportBase
    #expect(text.contains("Enter writes \(base).edges.csv, \(base).nodes.csv, \(base).about.txt"))
    #expect(frame(explorer([.beginExport, .promptInput("xls")])).lines.joined().contains("Unknown format 'xls'"))
    #expect(lines[39].hasPrefix("export: csv_"))
  }
}

import ChengyuCore
import ChengyuTUI
import Foundation
import Testing

/// The registry is the one source of keys, help, hints and the palette.
@Suite struct CommandRegistryTests {
  @Test func idsAreUniqueKebabCase() {
    let ids = CommandRegistry.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
  }

  @Test func everyKeyNameParsesAndPrintsBack() {
    for command in CommandRegistry.all {
      for name in command.keys {
        #expect(Key(name)?.description == name, "\(command.id): \(name)")
      }
    }
  }

  @Test func noKeyIsBoundTwiceOnAnyScreen() {
    for kind in ScreenKind.allCases {
      var seen: [String: String] = [:]
      for command in CommandRegistry.active(on: kind) {
        for key in command.keys {
          #expect(seen[key] == nil, "\(kind): '\(key)' bound to \(seen[key] ?? "") and \(command.id)")
          seen[key] = command.id
        }
      }
    }
  }

  @Test func everyCommandIsReachableByKeyOrPalette() {
    let state = explorer()  // once: a state computes every part of its model (seconds in debug)
    for command in CommandRegistry.all {
      let byKey = ScreenKind.allCases.contains { kind in
        command.scope.contains(kind) && command.keys.contains { Keymap.command(forKey: $0, on: kind)?.id == command.id }
      }
      let byPalette = state.paletteMatches(command.id).first?.id == command.id
      #expect(byKey || (command.keys.isEmpty && byPalette), "\(command.id) unreachable")
      #expect(byPalette, "\(command.id) not first in the palette for its own name")
    }
  }

  @Test func keysReachCommandsThroughTheProgram() {
    var program = ExplorerProgram(dataset: embedded)
    _ = program.handle(.resize(Size(width: 80, height: 24)))
    _ = program.handle(.key(.char("j")))
    _ = program.handle(.key(.down))
    #expect(program.state.list(ListKey(.cities)).selected == 2)
    _ = program.handle(.key(.char("m")))
    #expect(program.state.filter.families == [.governance])
    _ = program.handle(.key(.char("/")))
    _ = program.handle(.key(.char("q")))  // typed into the search, not quitting
    #expect(program.state.prompt?.text == "q")
    _ = program.handle(.key(.escape))
    #expect(program.handle(.key(.ctrl("l"))) == .redraw)
    _ = program.handle(.key(.tab))
    #expect(program.state.screen == .ties)
    #expect(program.handle(.key(.char("q"))) == .quit)
  }

  @Test func programStartsWithTheGivenFilter() {
    var filter = Filter()
    filter.families = [.collaboration]
    filter.years = 2019...2020
    var program = ExplorerProgram(dataset: embedded, asciiMode: true, filter: filter, notice: "Locale is C: ASCII mode")
    _ = program.handle(.resize(Size(width: 100, height: 30)))
    #expect(program.state.status == "Locale is C: ASCII mode")
    #expect(program.state.filter == filter)
    var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
    program.render(into: &buffer)
    #expect(buffer.lines[1].contains("collaboration (C) - 2019-2020"))
    _ = program.handle(.key(.char("F")))
    #expect(program.state.filter.isEmpty)
    #expect(program.state.status == "Filters cleared")
  }

  @Test func tooSmallProgramOnlyQuits() {
    var program = ExplorerProgram(dataset: embedded)
    _ = program.handle(.resize(Size(width: 30, height: 10)))
    #expect(program.handle(.key(.char("2"))) == .continue)
    #expect(program.state.screen == .cities)
    #expect(program.handle(.key(.char("q"))) == .quit)
  }

  @Test @MainActor func headlessRunDrawsTheFirstScreenAndQuits() {
    let backend = HeadlessBackend(size: Size(width: 80, height: 24), events: [.key(.char("j")), .key(.enter), .key(.char("q"))])
    var program = ExplorerProgram(dataset: embedded)
    let outcome = AppRunner.run(&program, backend: backend)
    #expect(outcome == .quit)
    #expect(program.state.screen == .city(embedded.cityIndex[program.state.view.city(node: program.state.cityRows()[1]).id]!))
    #expect(backend.frames.first?.lines[2].contains("城市") == true)
  }

  @Test func helpListsEveryCommandOnce() {
    let listed = explorer().helpRows().compactMap(\.commandID)
    #expect(listed.sorted() == CommandRegistry.all.map(\.id).sorted())
    let text = frame(explorer(Size(width: 120, height: 80), [.show(.help)])).lines.joined(separator: "\n")
    for command in CommandRegistry.all { #expect(text.contains(command.id), "\(command.id) missing from help") }
  }

  @Test func hintBarKeepsHelpAndQuitAtTheMinimumWidth() {
    let s = explorer(Size(width: 60, height: 16))
    let hint = frame(s).lines[15]
    #expect(hint.contains("? help"))
    #expect(hint.contains("q quit"))
  }

  @Test func userGuideDocumentsEveryCommand() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/user-guide.md")
    let guide = try String(contentsOf: url, encoding: .utf8)
    for command in CommandRegistry.all { #expect(guide.contains("`\(command.id)`"), "\(command.id) missing from docs/user-guide.md") }
  }
}

extension CommandRegistryTests {
  @Test func userGuideHoldsTheGeneratedKeyTable() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/user-guide.md")
    let guide = try String(contentsOf: url, encoding: .utf8)
    let table = CommandRegistry.markdownTable()
    // Recorded like a screen snapshot, so scripts/refresh-user-guide-captures.py can copy it.
    assertSnapshot(table.split(separator: "\n").map(String.init), named: "key_table")
    #expect(guide.contains(table), "key table in docs/user-guide.md is stale: run scripts/refresh-user-guide-captures.py")
  }

  @Test func userGuideCapturesMatchTheSnapshots() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/user-guide.md")
    let guide = try String(contentsOf: docs, encoding: .utf8)
    for name in ["cities", "city_chengdu", "ties", "tie_heaviest", "agreements", "agreement_record", "policies",
                 "policy_record", "timeline", "timeline_months", "timeline_window", "measures", "help", "filters", "palette",
                 "cities_search_suining", "cities_governance", "cities_ascii"] {
      let snapshot = try snapshotText("\(name)_80x24")
      #expect(guide.contains("```text\n" + snapshot + "```"), "capture \(name) in docs/user-guide.md is stale")
    }
  }
}

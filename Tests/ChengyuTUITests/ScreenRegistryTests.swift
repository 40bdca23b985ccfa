import ChengyuCore
@testable import ChengyuTUI
import Testing

/// The screen registry is the one place screens are listed: tabs, digits, palette commands,
/// sort keys and Enter all come from it, and derived rows never go stale.
@Suite struct ScreenRegistryTests {
  /// A stand-in top-level screen, to check a registry longer than the nine digits.
  struct FakeScreen: ExplorerScreen {
    let kind: ScreenKind
    // Titles are catalogue keys; the tab labels are checked on plain strings below.
    let title = TUIMsg.tabCities
    let tab: TabEntry? = TabEntry(help: .tabCitiesHelp)
    func rowCount(_ state: AppState, _ key: ListKey) -> Int { 0 }
    func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {}
  }

  @Test func everyKindAScreenIDCanNameIsRegisteredOnce() {
    let kinds = ScreenKind.allCases
    #expect(Set(kinds).count == kinds.count)
    for screen: ScreenID in [.city(0), .tie(0, 1), .agreement(0), .policy(0), .filters] + ScreenID.tabs {
      #expect(ScreenRegistry.screen(for: screen.kind) != nil, "\(screen.kind) not registered")
    }
  }

  @Test func tabCommandsComeFromTheRegistryInTabOrder() {
    let shows = CommandRegistry.all.filter { $0.id.hasPrefix("show-") }
    #expect(shows.map(\.id) == ScreenRegistry.tabs.map { "show-\($0.kind.id)" })
    #expect(shows.map(\.action) == ScreenID.tabs.map { .show($0) })
    #expect(CommandRegistry.command("show-help")?.keys == ["?", String(ScreenID.tabs.firstIndex(of: .help)! + 1), "f1"])
    #expect(CommandRegistry.command("show-cities")?.keys == ["1"])
  }

  @Test func tabsPastTheNinthHaveNoDigitButAPaletteCommand() {
    let tabs: [any ExplorerScreen] = (1...12).map { FakeScreen(kind: ScreenKind("fake\($0)")) }
    let commands = CommandRegistry.tabCommands(for: tabs)
    #expect(commands.count == 12)
    #expect(commands.prefix(9).map(\.keys) == (1...9).map { [String($0)] })
    #expect(commands.suffix(3).allSatisfy { $0.keys.isEmpty })
    #expect(commands[11].id == "show-fake12")
    let titles = (1...12).map { "Fake\($0)" }
    #expect(TabBar.labels(titles, current: nil, width: .max)[9] == " Fake10")
    // Too narrow: tabs shrink from the right, the current one keeps its title.
    let narrow = TabBar.labels(titles, current: 10, width: 80)
    #expect(narrow[9...11] == [" Fa", " Fake11 ", " Fa"])
    #expect(narrow[0] == " 1 Fake1")
    #expect(narrow.reduce(0) { $0 + DisplayWidth.of($1) } <= 80)
  }

  @Test func helpTabIsHighlightedAndTabFromHelpWraps() {
    var s = explorer([.show(.timeline), .show(.help)])
    #expect(s.stack == [.timeline, .help])
    #expect(s.stack.currentTab == ScreenID.tabs.firstIndex(of: .help))
    let bar = frame(s)
    let helpLabel = bar.lines[0].range(of: "\(ScreenID.tabs.firstIndex(of: .help)! + 1) Help")!
    let column = bar.lines[0].distance(from: bar.lines[0].startIndex, to: helpLabel.lowerBound)
    // Column counted in characters: the two-wide 成渝 adds two cells.
    #expect(bar.styles(row: 0)[column + 2].underline)
    _ = reduce(&s, .nextTab)
    #expect(s.stack == [ScreenID.tabs[ScreenID.tabs.firstIndex(of: .help)! + 1]])
    _ = reduce(&s, .previousTab)
    #expect(s.stack == [.help])
  }

  @Test func everyListKeepsItsSelectionByIdentityAcrossAFilterChange() throws {
    let ends = { (s: AppState, t: Int) in [s.view.graph.ties[t].a, s.view.graph.ties[t].b].map { s.view.graph.nodes[$0] } }
    let (before, after) = (explorer(), explorer([.cycleFamily]))
    // A tie and an agreement still listed under governance only, but at another row, so keeping
    // the index would select something else.
    let tieRow = try #require(before.tieRows().indices.first { i in
      let j = after.tieRows().firstIndex { ends(after, $0) == ends(before, before.tieRows()[i]) }
      return j != nil && j != i
    })
    let agreementRow = try #require(before.agreementRows().indices.first { i in
      let j = after.agreementRows().firstIndex(of: before.agreementRows()[i])
      return j != nil && j != i
    })
    var s = explorer([.show(.ties), .move(tieRow), .show(.agreements), .move(agreementRow), .show(.cities), .cycleFamily])
    _ = reduce(&s, .show(.ties))
    #expect(ends(s, s.tieRows()[s.list(ListKey(.ties)).selected]) == ends(before, before.tieRows()[tieRow]))
    _ = reduce(&s, .show(.agreements))
    #expect(s.agreementRows()[s.list(ListKey(.agreements)).selected] == before.agreementRows()[agreementRow])
  }

  @Test func sortedRowsMatchAFreshStateAfterSortThenFilterChanges() {
    var s = explorer([.sortNext, .show(.ties), .sortNext, .show(.agreements), .sortNext, .sortNext, .show(.measures), .sortNext])
    _ = reduce(&s, .cycleFamily)
    var fresh = AppState(dataset: embedded, filter: s.filter)
    for kind in [ScreenKind.cities, .ties, .agreements, .measures] { fresh.setSort(kind, s.sortState(kind)!) }
    #expect(s.cityRows() == fresh.cityRows())
    #expect(s.tieRows() == fresh.tieRows())
    #expect(s.agreementRows() == fresh.agreementRows())
    #expect(s.measureRows() == fresh.measureRows())
    // A sort change re-sorts its own list only: the other cached orders stay as they were
    // (Cities' is sorted again when it is shown after the filter change).
    _ = reduce(&s, .show(.cities))
    let before = s.rowOrders[.cities]?.rows
    #expect(before == fresh.cityRows())
    _ = reduce(&s, .show(.measures))
    _ = reduce(&s, .sortNext)
    #expect(s.rowOrders[.cities]?.rows == before)
  }

  @Test func searchIsRefusedWhereTheScreenSaysSo() {
    for actions: [Action] in [[.show(.timeline)], [.show(.agreements), .open]] {
      let s = explorer(actions + [.beginSearch])
      #expect(s.prompt == nil)
      #expect(s.status == "No list to search here")
    }
  }
}

extension ScreenRegistryTests {
  /// The Measures screen's columns and sort keys are the core's measure table, in its order.
  @Test func measuresColumnsAndSortKeysComeFromTheMeasureTable() {
    #expect(SortKey.keys(for: .measures) == MeasureTable.cities.map(SortKey.measure) + [.pinyin])
    let wide = MeasuresScreen.visibleColumns(width: 200, ascii: false).compactMap(\.measure?.id)
    #expect(wide == MeasureTable.cities.map(\.id))
    for m in MeasureTable.cities {
      #expect(SortKey.measure(m).measure?.id == m.id)
      #expect(SortKey.measure(m).descendingByDefault == m.descendingByDefault, "\(m.id)")
    }
  }
}

extension ScreenRegistryTests {
  /// The model's partner lists (sorted on node numbers) are the core view's `ties(of:)`.
  @Test func partnersMatchTheCoreViewUnderEveryAggregation() {
    for actions: [Action] in [[], [.cycleAggregation], [.cycleAggregation, .cycleAggregation], [.cycleFamily]] {
      let s = explorer(actions)
      for node in 0..<s.view.graph.nodeCount {
        let core = s.view.ties(of: node)
        let mine = s.model.partners[node]
        #expect(core.map(\.tie) == mine.map(\.tie) && core.map(\.partner) == mine.map(\.partner), "node \(node)")
      }
    }
  }
}

import ChengyuCore
import ChengyuTUI
import Testing

/// Every screen rendered headless at the minimum size and two common ones, compared with committed
/// snapshots of its text and style runs.
@Suite struct ScreenSnapshotTests {
  static let sizes = [AppState.minimumSize, Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// Each screen as the actions that reach it from a fresh start.
  static let screens: [(String, [Action])] = [
    ("cities", []),
    ("cities_governance", [.cycleFamily]),
    ("cities_search_suining", [.beginSearch] + "遂宁".map { .promptInput(String($0)) }),
    ("city_chengdu", [.show(.city(cityIndex("chengdu")))]),
    ("ego_chengdu", [.show(.city(cityIndex("chengdu"))), .openEgo, .move(2)]),
    ("ego_chengdu_alter_ties", [.show(.city(cityIndex("chengdu"))), .openEgo, .focusPane(1), .move(1)]),
    ("ties", [.show(.ties)]),
    ("tie_heaviest", [.show(.ties), .open]),
    ("tie_from_city", [.show(.city(cityIndex("chengdu"))), .open]),
    ("agreements", [.show(.agreements)]),
    ("agreement_record", [.show(.agreements), .bottom, .open]),
    ("policies", [.show(.policies)]),
    ("policy_record", [.show(.policies), .move(2), .open]),
    ("timeline", [.show(.timeline), .move(5)]),
    ("timeline_window", [.show(.timeline), .move(5), .windowStart, .move(4), .windowEnd]),
    ("timeline_months", [.show(.timeline), .bottom, .toggleMonths, .move(6)]),
    ("timeline_policies", [.show(.timeline), .move(5), .timelinePolicies(true), .move(2), .nextFollowUpWindow]),
    ("measures", [.show(.measures)]),
    ("layers", [.show(.of(.layers))]),
    ("layers_degrees", [.show(.of(.layers)), .focusPane(1), .sortNext, .move(1)]),
    ("layers_search", [.show(.of(.layers)), .beginSearch] + "成都".map { .promptInput(String($0)) } + [.promptCommit]),
    ("compare", [.show(.of(.compare)), .move(3)]),
    ("compare_periods", [.show(.of(.compare)), .beginPeriods, .promptClear]
      + "2011-2013,2014-2016,2017-2020".map { .promptInput(String($0)) } + [.promptCommit]),
    ("compare_periods_prompt", [.show(.of(.compare)), .beginPeriods, .promptClear] + "2011-2013,20x6".map { .promptInput(String($0)) }),
    ("map_communities", [.show(.of(.map)), .toggleCommunities]),
    ("help", [.show(.help), .move(10)]),
    ("filters", [.show(.filters), .move(1), .adjust(1)]),
    ("palette", [.beginCommand, .promptInput("filter")]),
    ("cities_ascii", [.toggleASCII]),
    ("map_communities_ascii", [.toggleASCII, .show(.of(.map)), .toggleCommunities]),
    ("export", [.cycleFamily, .beginExport] + "json".map { .promptInput(String($0)) }),
    ("export_excel", [.beginExport, .toggleExportExcel] + "csv".map { .promptInput(String($0)) }),
    ("status_long", [StatusBoxTests.failure]),
    ("export_overwrite", [.beginExport, .exportFinished(.exists(.gexf, output: "growth.gexf", existing: "growth.gexf"))]),
  ]

  @Test(arguments: screens)
  func screen(_ screen: (String, [Action])) {
    for size in Self.sizes {
      let state = explorer(size, screen.1)
      assertSnapshot(frame(state), named: "\(screen.0)_\(size.width)x\(size.height)")
    }
  }

  /// Below the minimum only the notice is drawn, whatever the screen (the reducer ignores every
  /// action there), so one snapshot covers it.
  @Test func tooSmallTerminalShowsTheNotice() {
    assertSnapshot(frame(explorer(Size(width: 20, height: 8), [.show(.measures)])), named: "too_small_20x8")
  }

  /// Recording reports each new or changed file with the lines that changed, and writes only those.
  @Test func recordingReportsWhatChanged() {
    let same = snapshotVerdict("x", expected: "a\nb\n", actual: "a\nb\n", recording: true)
    #expect(!same.write && same.issue == nil)
    let changed = snapshotVerdict("x", expected: "a\nb\n", actual: "a\nc\n", recording: true)
    #expect(changed.write)
    #expect(changed.issue?.hasPrefix("recorded snapshot x.txt (changed:") == true)
    #expect(changed.issue?.contains("- b") == true && changed.issue?.contains("+ c") == true)
    let new = snapshotVerdict("x", expected: nil, actual: "a\n", recording: true)
    #expect(new.write && new.issue == "recorded snapshot x.txt (new)")
    let differs = snapshotVerdict("x", expected: "a\n", actual: "b\n", recording: false)
    #expect(!differs.write && differs.issue?.hasPrefix("snapshot x differs") == true)
  }
}

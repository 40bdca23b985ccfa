/// The explorer's commands, in help order. Everything about keys is derived from this table.
public enum CommandRegistry {
  /// The screens with a sort (where `s` and `S` work).
  static let lists: [ScreenKind] = ScreenRegistry.all.filter { !$0.sortKeys.isEmpty }.map(\.kind)

  /// Every command, in help order.
  public static let all: [Command] = navigation + screens + filtering + listing + PictureCommands.all + other

  static let navigation: [Command] = [
    Command("move-down", .moveDown, .moveDownHelp, keys: ["j", "down"], action: .move(1)),
    Command("move-up", .moveUp, .moveUpHelp, keys: ["k", "up"], action: .move(-1)),
    Command("half-page-down", .halfPageDown, .halfPageDownHelp, keys: ["ctrl+d"], action: .page(0.5)),
    Command("half-page-up", .halfPageUp, .halfPageUpHelp, keys: ["ctrl+u"], action: .page(-0.5)),
    Command("page-down", .pageDown, .pageDownHelp, keys: ["pgdown"], action: .page(1)),
    Command("page-up", .pageUp, .pageUpHelp, keys: ["pgup"], action: .page(-1)),
    Command("go-top", .goTop, .goTopHelp, keys: ["g", "home"], action: .top),
    Command("go-bottom", .goBottom, .goBottomHelp, keys: ["G", "end"], action: .bottom),
    Command("open", .open, .openHelp,
            keys: ["enter"], hint: "open", action: .open),
    Command("back", .back, .backHelp,
            keys: ["esc", "backspace"], hint: "back", action: .back),
    Command("focus-left", .focusLeft, .focusLeftHelp, scope: .screens([.city, .ego, .layers]),
            keys: ["left", "h"], action: .focusPane(0)),
    Command("focus-right", .focusRight, .focusRightHelp, scope: .screens([.city, .ego, .layers]),
            keys: ["right", "l"], hint: "agreements", action: .focusPane(1)),
    Command("open-partner", .openPartner, .openPartnerHelp,
            scope: .screens([.city]), keys: ["p"], hint: "partner", action: .openPartner),
    Command("ego-network", .egoNetwork, .egoNetworkHelp, scope: .screens([.cities, .city, .ego, .measures, .map, .graph]),
            keys: ["o"], action: .openEgo),  // hint on the city and ego screens (their hintLabel)
  ]

  static let screens: [Command] = [
    Command("next-screen", .nextScreen, .nextScreenHelp, keys: ["tab"], hint: "screen", action: .nextTab),
    Command("previous-screen", .previousScreen, .previousScreenHelp, keys: ["shift+tab"], action: .previousTab),
  ] + tabCommands

  /// A `show-<kind>` command per tab, from the screen registry.
  static let tabCommands = tabCommands(for: ScreenRegistry.tabs)

  /// A `show-<kind>` command per tab: the first nine tabs get the digits `1`–`9` (after any keys
  /// of their own), the rest are reached by Tab and the palette only.
  static func tabCommands(for tabs: [any ExplorerScreen]) -> [Command] {
    tabs.enumerated().compactMap { i, screen in
      guard let tab = screen.tab else { return nil }
      let digit = ScreenRegistry.digit(ofTab: i).map { [$0] } ?? []
      return Command("show-\(screen.kind.id)", title: screen.title.texts, help: tab.help.texts, keys: Array(tab.keys.prefix(1)) + digit + tab.keys.dropFirst(),
                     hint: tab.hint, action: .show(.of(screen.kind)))
    }
  }

  static let filtering: [Command] = [
    Command("filter-family", .filterFamily, .filterFamilyHelp,
            keys: ["m"], hint: "family", action: .cycleFamily),
    Command("filter-panel", .filterPanel, .filterPanelHelp,
            keys: ["f"], hint: "filters", action: .show(.filters)),
    Command("filter-clear", .filterClear, .filterClearHelp,
            keys: ["F"], hint: "clear", action: .clearFilters),
    Command("filter-aggregation", .filterAggregation, .filterAggregationHelp,
            keys: ["a"], action: .cycleAggregation),
    Command("filter-in-region", .filterInRegion, .filterInRegionHelp, keys: ["i"], action: .toggleInRegion),
    Command("filter-cross-border", .filterCrossBorder, .filterCrossBorderHelp,
            keys: ["x"], action: .toggleCrossBorder),
    Command("filter-years-clear", .filterYearsClear, .filterYearsClearHelp, keys: ["y"], action: .setYears(nil)),
    Command("timeline-window-start", .timelineWindowStart, .timelineWindowStartHelp,
            scope: .screens([.timeline]), keys: ["["], hint: "from", action: .windowStart),
    Command("timeline-window-end", .timelineWindowEnd, .timelineWindowEndHelp,
            scope: .screens([.timeline]), keys: ["]"], hint: "to", action: .windowEnd),
    Command("timeline-months", .timelineMonths, .timelineMonthsHelp,
            scope: .screens([.timeline]), keys: ["v"], hint: "months", action: .toggleMonths),
    Command("timeline-policies", .timelinePolicies, .timelinePoliciesHelp,
            scope: .screens([.timeline]), keys: ["right", "l"], hint: "policies", action: .timelinePolicies(true)),
    Command("timeline-years", .timelineYears, .timelineYearsHelp,
            scope: .screens([.timeline]), keys: ["left", "h"], action: .timelinePolicies(false)),
    Command("follow-up-window", .followUpWindow, .followUpWindowHelp,
            scope: .screens([.timeline, .policy]), keys: ["w"], action: .nextFollowUpWindow),  // help only: the bar is full
    Command("compare-periods", .comparePeriods, .comparePeriodsHelp,
            scope: .screens([.compare]), keys: ["p"], hint: "periods", action: .beginPeriods),
    Command("filter-decrease", .filterDecrease, .filterDecreaseHelp,
            scope: .screens([.filters]), keys: ["left", "h"], action: .adjust(-1)),
    Command("filter-increase", .filterIncrease, .filterIncreaseHelp,
            scope: .screens([.filters]), keys: ["right", "l"], hint: "change", action: .adjust(1)),
    Command("filter-toggle", .filterToggle, .filterToggleHelp, scope: .screens([.filters]),
            keys: ["space"], hint: "toggle", action: .adjust(0)),
  ]

  static let listing: [Command] = [
    Command("search", .search, .searchHelp,
            keys: ["/"], hint: "search", action: .beginSearch),
    Command("sort-next", .sortNext, .sortNextHelp, scope: .screens(lists),
            keys: ["s"], hint: "sort", action: .sortNext),
    Command("sort-reverse", .sortReverse, .sortReverseHelp, scope: .screens(lists), keys: ["S"], action: .sortReverse),
  ]

  static let other: [Command] = [
    Command("export", .export, .exportHelp,
            keys: ["e"], hint: "export", action: .beginExport),
    Command("command-palette", .commandPalette, .commandPaletteHelp, keys: [":"], action: .beginCommand),
    Command("toggle-ascii", .toggleAscii, .toggleAsciiHelp,
            keys: [], action: .toggleASCII),
    Command("compute-measures", .computeMeasures, .computeMeasuresHelp,
            keys: [], aliases: ["compute-betweenness"], action: .computeMeasures),
    Command("redraw", .redraw, .redrawHelp, keys: ["ctrl+l"], action: .redraw),
    Command("quit", .quit, .quitHelp, keys: ["q", "ctrl+c"], hint: "quit", action: .quit),
  ]

  /// The command with a long name (or a former one).
  public static func command(_ id: String) -> Command? {
    all.first { $0.id == id } ?? all.first { $0.aliases.contains(id) }
  }

  /// Commands active on a screen kind: screen-specific ones first, then global ones.
  public static func active(on kind: ScreenKind) -> [Command] {
    all.filter { $0.scope != .global && $0.scope.contains(kind) } + all.filter { $0.scope == .global }
  }
}

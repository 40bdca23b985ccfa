/// The explorer's commands, in help order. Everything about keys is derived from this table.
public enum CommandRegistry {
  /// The screens with a sort (where `s` and `S` work).
  static let lists: [ScreenKind] = ScreenRegistry.all.filter { !$0.sortKeys.isEmpty }.map(\.kind)

  /// Every command, in help order.
  public static let all: [Command] = navigation + screens + filtering + listing + other

  static let navigation: [Command] = [
    Command("move-down", "Down", "Select the next row.", keys: ["j", "down"], action: .move(1)),
    Command("move-up", "Up", "Select the previous row.", keys: ["k", "up"], action: .move(-1)),
    Command("half-page-down", "Half page down", "Move down half a screen.", keys: ["ctrl+d"], action: .page(0.5)),
    Command("half-page-up", "Half page up", "Move up half a screen.", keys: ["ctrl+u"], action: .page(-0.5)),
    Command("page-down", "Page down", "Move down one screen.", keys: ["pgdown"], action: .page(1)),
    Command("page-up", "Page up", "Move up one screen.", keys: ["pgup"], action: .page(-1)),
    Command("go-top", "Top", "Select the first row.", keys: ["g", "home"], action: .top),
    Command("go-bottom", "Bottom", "Select the last row.", keys: ["G", "end"], action: .bottom),
    Command("open", "Open", "Open the selected row: a city, a tie, a record; on the timeline, show only that year.",
            keys: ["enter"], hint: "open", action: .open),
    Command("back", "Back", "Close the prompt, clear the search, or go back to the previous screen.",
            keys: ["esc", "backspace"], hint: "back", action: .back),
    Command("focus-left", "Left list", "Move to the partners list.", scope: .screens([.city]),
            keys: ["left", "h"], action: .focusPane(0)),
    Command("focus-right", "Right list", "Move to the agreements list.", scope: .screens([.city]),
            keys: ["right", "l"], hint: "agreements", action: .focusPane(1)),
    Command("open-partner", "Open partner", "Open the selected partner's own city screen (Enter opens the tie: the agreements of the two).",
            scope: .screens([.city]), keys: ["p"], hint: "partner", action: .openPartner),
  ]

  static let screens: [Command] = [
    Command("next-screen", "Next screen", "Show the next top-level screen.", keys: ["tab"], hint: "screen", action: .nextTab),
    Command("previous-screen", "Previous screen", "Show the previous top-level screen.", keys: ["shift+tab"], action: .previousTab),
  ] + tabCommands

  /// A `show-<kind>` command per tab, from the screen registry.
  static let tabCommands = tabCommands(for: ScreenRegistry.tabs)

  /// A `show-<kind>` command per tab: the first nine tabs get the digits `1`–`9` (after any keys
  /// of their own), the rest are reached by Tab and the palette only.
  static func tabCommands(for tabs: [any ExplorerScreen]) -> [Command] {
    tabs.enumerated().compactMap { i, screen in
      guard let tab = screen.tab else { return nil }
      let digit = ScreenRegistry.digit(ofTab: i).map { [$0] } ?? []
      return Command("show-\(screen.kind.id)", screen.title, tab.help, keys: Array(tab.keys.prefix(1)) + digit + tab.keys.dropFirst(),
                     hint: tab.hint, action: .show(.of(screen.kind)))
    }
  }

  static let filtering: [Command] = [
    Command("filter-family", "Cycle mechanism family", "Show all agreements, then governance only, then collaboration only.",
            keys: ["m"], hint: "family", action: .cycleFamily),
    Command("filter-panel", "Filter panel", "Choose mechanism types, domains, years, levels, region and aggregation.",
            keys: ["f"], hint: "filters", action: .show(.filters)),
    Command("filter-clear", "Clear filters", "Remove every filter and every search (the aggregation level stays).",
            keys: ["F"], hint: "clear", action: .clearFilters),
    Command("filter-aggregation", "Cycle aggregation", "Count governments as signed, rolled up to cities, or to provinces.",
            keys: ["a"], action: .cycleAggregation),
    Command("filter-in-region", "In-region only", "Count only parties inside the 2016 planning area.", keys: ["i"], action: .toggleInRegion),
    Command("filter-cross-border", "Cross-border only", "Keep only ties between Sichuan and Chongqing governments.",
            keys: ["x"], action: .toggleCrossBorder),
    Command("filter-years-clear", "All years", "Remove the year range.", keys: ["y"], action: .setYears(nil)),
    Command("timeline-window-start", "Window start", "Make the selected year the first year shown.",
            scope: .screens([.timeline]), keys: ["["], hint: "from", action: .windowStart),
    Command("timeline-window-end", "Window end", "Make the selected year the last year shown.",
            scope: .screens([.timeline]), keys: ["]"], hint: "to", action: .windowEnd),
    Command("timeline-months", "Months", "Show the months of the selected year, or go back to the years.",
            scope: .screens([.timeline]), keys: ["v"], hint: "months", action: .toggleMonths),
    Command("filter-decrease", "Step left", "Step the selected setting back (years, family, aggregation).",
            scope: .screens([.filters]), keys: ["left", "h"], action: .adjust(-1)),
    Command("filter-increase", "Step right", "Step the selected setting forward (years, family, aggregation).",
            scope: .screens([.filters]), keys: ["right", "l"], hint: "change", action: .adjust(1)),
    Command("filter-toggle", "Toggle", "Switch the selected setting on or off.", scope: .screens([.filters]),
            keys: ["space"], hint: "toggle", action: .adjust(0)),
  ]

  static let listing: [Command] = [
    Command("search", "Search", "Narrow the list as you type: Chinese, pinyin, pinyin initials (cq) or English, any case.",
            keys: ["/"], hint: "search", action: .beginSearch),
    Command("sort-next", "Sort by next column", "Sort the list by the next column.", scope: .screens(lists),
            keys: ["s"], hint: "sort", action: .sortNext),
    Command("sort-reverse", "Reverse sort", "Reverse the sort order.", scope: .screens(lists), keys: ["S"], action: .sortReverse),
  ]

  static let other: [Command] = [
    Command("export", "Export", "Write the network on screen (filter, years, aggregation) to a file: type a format and a file name.",
            keys: ["e"], hint: "export", action: .beginExport),
    Command("command-palette", "Command palette", "Run any command by its name.", keys: [":"], action: .beginCommand),
    Command("toggle-ascii", "ASCII mode", "Switch between Chinese names with box glyphs and pinyin with ASCII.",
            keys: [], action: .toggleASCII),
    Command("compute-measures", "Compute measures",
            "Compute the network measures for the current filter when the network is too large for them to be computed on every change (old name: compute-betweenness).",
            keys: [], aliases: ["compute-betweenness"], action: .computeMeasures),
    Command("redraw", "Redraw", "Repaint the whole screen.", keys: ["ctrl+l"], action: .redraw),
    Command("quit", "Quit", "Leave the explorer.", keys: ["q", "ctrl+c"], hint: "quit", action: .quit),
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

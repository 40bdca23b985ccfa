/// Something the user asked for, after the keymap resolved the key: actions mean something, keys
/// do not (bubbletea's `Msg`).
public enum Action: Hashable, Sendable {
  /// Move the selection by n rows (negative: up).
  case move(Int)
  /// Move by a fraction of the visible rows: 1 a page, 0.5 half a page; negative goes up.
  case page(Double)
  case top, bottom
  /// Open the selected row (or, on the timeline, restrict to the selected year; in the filter
  /// panel, toggle the selected setting).
  case open
  /// Close the prompt, clear the search, or go back one screen.
  case back
  /// Show a top-level screen (the stack restarts from it) or push a detail screen.
  case show(ScreenID)
  case nextTab, previousTab
  /// Open the `/` search prompt or the `:` command prompt.
  case beginSearch, beginCommand
  /// Typing in the prompt.
  case promptInput(String)
  case promptBackspace, promptClear, promptCommit, promptCancel
  /// Move the palette's choice among the matching commands.
  case promptChoice(Int)
  /// Mechanism family all → governance → collaboration.
  case cycleFamily
  case cycleAggregation
  case toggleInRegion, toggleCrossBorder
  case clearFilters
  /// Restrict to a year range (nil: every year).
  case setYears(ClosedRange<Int>?)
  /// On the timeline: the selected year becomes the start or the end of the window.
  case windowStart, windowEnd
  /// On the timeline: show the months of the selected year, or go back to years.
  case toggleMonths
  /// In the filter panel: step the selected setting left (−1) or right (+1).
  case adjust(Int)
  /// In the filter panel: a letter typed to jump to the setting whose name (or a word of it)
  /// starts with the letters typed so far.
  case jump(String)
  /// Focus the left (0) or right (1) list of a two-list screen.
  case focusPane(Int)
  /// On a city screen's partners list: open the selected partner's own city screen (Enter opens
  /// the tie, i.e. the agreements of the two).
  case openPartner
  /// The ego network of the city shown or selected (`EgoScreen`).
  case openEgo
  /// On the timeline: into the selected year's policies (true) or back to the years (false).
  case timelinePolicies(Bool)
  /// The next policy follow-up window (months).
  case nextFollowUpWindow
  /// On the Compare screen: open the prompt for periods.
  case beginPeriods
  /// On the map and graph: mark cities by community, or by province again.
  case toggleCommunities
  case sortNext, sortReverse
  /// Run a command of the registry by its long name.
  case run(String)
  case toggleASCII
  /// Compute the network measures even when the network is over the size budget.
  case computeMeasures
  /// Open the export prompt (format and file for the current network).
  case beginExport
  /// In the export prompt (Tab): switch the UTF-8 byte-order mark for CSV tables on or off.
  case toggleExportExcel
  /// The runtime's report on an `Effect.export`.
  case exportFinished(ExportOutcome)
  /// The answer to "overwrite?": true writes over the existing file, false keeps it.
  case confirmOverwrite(Bool)
  case resize(Size)
  case redraw
  case quit
  /// On the map, graph and matrix screens (see `PictureAction`).
  case picture(PictureAction)
}

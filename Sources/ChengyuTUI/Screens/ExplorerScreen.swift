import ChengyuCore

/// Everything one screen does, in one place (tig's `view_ops`, visidata's `Sheet`): its rows,
/// how many there are, what each row stands for, what Enter does, whether it can be searched and
/// sorted, its hints and how it draws. The reducer, the tab bar, the keymap and the palette ask
/// the screen through `ScreenRegistry`; none of them switches over screens.
///
/// How to add a screen: docs/architecture.md, "How to add a screen".
protocol ExplorerScreen: Sendable {
  /// Which screen this is.
  var kind: ScreenKind { get }
  /// Name in the tab bar, breadcrumbs and help (a catalogue key: both languages).
  var title: TUIMsg { get }
  /// Set for a top-level screen: its palette command and keys (see `TabEntry`).
  var tab: TabEntry? { get }
  /// Whether `/` narrows this screen's list (false: "No list to search here").
  var searchable: Bool { get }
  /// The keys `s` cycles through, the first being the default; empty when not sortable.
  var sortKeys: [SortKey] { get }
  /// Whether the screen draws from the filter model (false: the filter panel and help, which
  /// are drawn as always while a new filter's model is being built; the others show a
  /// placeholder meanwhile, see `AppState.isFiltering`).
  var readsModel: Bool { get }

  /// Number of rows of a list of the screen (`key.screen` is this screen).
  func rowCount(_ state: AppState, _ key: ListKey) -> Int
  /// What each row of a list stands for, so a filter change keeps the same row selected; nil
  /// for lists whose rows have no lasting identity.
  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]?
  /// Rows of a list visible at the state's size, computed from the layout without drawing.
  func viewport(_ state: AppState, _ key: ListKey) -> Int
  /// Enter on row `row` of a list.
  func open(_ state: inout AppState, _ key: ListKey, row: Int)
  /// Every row of the screen's list in its sort order, before the search, when worth caching
  /// once per filter and sort (the big lists); nil otherwise.
  func sortedOrder(_ state: AppState) -> [Int]?
  /// A command's label in the hint bar on this screen (nil hides it); `pane` is the focused list.
  func hintLabel(_ command: Command, pane: Int) -> String?
  /// Draws the screen's body.
  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer)
}

/// How a top-level screen appears among the tabs: the registry gives it the next digit (while
/// there are digits left) and a `show-<kind>` command for the palette.
struct TabEntry: Sendable {
  /// What `show-<kind>` does, for the help screen and the palette.
  let help: TUIMsg
  /// Keys besides its digit (Help keeps `?` and F1), the preferred one first.
  var keys: [String] = []
  /// Hint bar label, if the tab's key belongs in the hint bar.
  var hint: String? = nil
}

extension ExplorerScreen {
  var tab: TabEntry? { nil }
  var searchable: Bool { true }
  var sortKeys: [SortKey] { [] }
  var readsModel: Bool { true }
  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? { nil }
  func viewport(_ state: AppState, _ key: ListKey) -> Int { ScreenLayout.bodyRows(state) - 1 }
  func open(_ state: inout AppState, _ key: ListKey, row: Int) {}
  func sortedOrder(_ state: AppState) -> [Int]? { nil }
  func hintLabel(_ command: Command, pane: Int) -> String? { command.hint }
}

/// A screen that lists items (nodes, ties, records) and opens the selected one: it says what its
/// rows are, what one stands for and which screen Enter shows; row count, identities and Enter
/// follow.
protocol ItemListScreen: ExplorerScreen {
  /// The list's rows (node positions, tie indices or dataset indices, as the screen defines).
  func items(_ state: AppState, _ key: ListKey) -> [Int]
  /// What a row stands for across filter changes.
  func identity(_ state: AppState, item: Int) -> RowIdentity
  /// The screen Enter shows for a row.
  func destination(_ state: AppState, item: Int) -> ScreenID?
}

extension ItemListScreen {
  func rowCount(_ state: AppState, _ key: ListKey) -> Int { items(state, key).count }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? {
    items(state, key).map { identity(state, item: $0) }
  }

  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    let rows = items(state, key)
    if rows.indices.contains(row), let screen = destination(state, item: rows[row]) { state.show(screen) }
  }
}

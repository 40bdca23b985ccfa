import ChengyuCore

extension ScreenKind {
  public static let filters = ScreenKind("filters")
}

/// The filter panel: each setting on a line with its value; changes apply at once, so the
/// header's counts answer every keystroke. The rows and what stepping them does are in
/// FilterRow.swift.
struct FilterPanelScreen: ExplorerScreen {
  let kind = ScreenKind.filters
  let title = TUIMsg.screenFilters
  /// Its rows are the filter asked for, so it works while that filter's model is built.
  let readsModel = false

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.filterRows().count }

  func identities(_ state: AppState, _ key: ListKey) -> [RowIdentity]? { state.filterRows().map(RowIdentity.setting) }

  /// Enter toggles the setting, as Space does.
  func open(_ state: inout AppState, _ key: ListKey, row: Int) { state.adjustFilter(row: row, step: 0) }

  /// Letters jump here (as in a file dialog), except the movement and step keys `h j k l`;
  /// capitals keep their commands (`F` clears, `G` goes to the bottom).
  static func jumps(_ c: Character, command: Command?) -> Bool {
    guard c.isLetter, !"hjkl".contains(c) else { return false }
    return c.isLowercase || command == nil
  }

  /// Enter does nothing Space does not; letter commands jump instead, so their hints go.
  func hintLabel(_ command: Command, pane: Int) -> String? {
    if command.id == "open" { return nil }
    if let key = command.keys.first, key.count == 1, let c = key.first, Self.jumps(c, command: command) { return nil }
    return command.hint
  }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.filterRows()
    // Whole phrases, dropped from the least needed rather than cut mid-word at 80 columns.
    let phrases: [TUIMsg] = [.filterKeysTitle, .filterKeysToggle, .filterKeysChange, .filterKeysJump, .filterKeysClear, .filterKeysBack]
    let help = Wording.fit(phrases.map { state.t($0) }, drop: [4, 2, 1], separator: " \(pen.dot) ", width: body.width - 1)
    pen.put(&buffer, help, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    var table = TableView(columns: [Column(state.t(TUIMsg.colSetting), 0), Column(state.t(TUIMsg.colValue), 14)])
    table.highlight = state.searchText(state.screen)
    table.language = state.lang
    table.header = false
    let area = Rect(x: body.x, y: body.y + 1, width: min(body.width, 78), height: body.height - 1)
    table.render(in: area, count: rows.count, list: state.list(ListKey(.filters)), pen: pen, into: &buffer) { row, col in
      let (label, value) = state.filterLabel(rows[row])
      return col == 0 ? ("  " + label, nil) : (value, state.filterValueUnset(value) ? Styles.dim : Styles.label)
    }
  }
}

extension AppState {
  /// Steps (±1) or toggles (0) the filter panel's row `row`.
  mutating func adjustFilter(row: Int, step: Int) {
    let rows = filterRows()
    guard screen == .filters, rows.indices.contains(row) else { return }
    applyFilter(filter(changing: rows[row], step: step))
  }
}

extension AppState {
  /// Adds letters to the jump and selects the next setting whose name, or a word of it, starts
  /// with them ("tr" → "Domain: Transport"); a first letter searches after the selected row, so
  /// pressing it again goes to the next match. Letters that match nothing start a new jump.
  mutating func jumpToSetting(typing letters: String) {
    guard screen == .filters else { return }
    let rows = filterRows()
    // Letters jump by the English label as well, so typed pinyin-free letters work in Chinese too.
    let words = rows.map { row in FilterRow.jumpWords(filterLabel(row).label) + FilterRow.jumpWords(filterLabel(row, in: .en).label) }
    let current = list(ListKey(.filters)).selected
    func find(_ prefix: String, after start: Int) -> Int? {
      let order = rows.indices.map { (start + $0) % max(1, rows.count) }
      return order.first { i in words[i].contains { $0.hasPrefix(prefix) } }
    }
    var prefix = TextMatch.fold(jumpPrefix + letters)
    var found = find(prefix, after: prefix.count == 1 ? current + 1 : current)
    if found == nil, prefix.count > 1 {
      prefix = TextMatch.fold(letters)
      found = find(prefix, after: current + 1)
    }
    guard let found else {
      jumpPrefix = ""
      status = t(TUIStatusMsg.noSettingStarts, letters)
      return
    }
    jumpPrefix = prefix
    var state = list(ListKey(.filters))
    state.selected = found
    state.clamp(count: rows.count, viewport: viewport(ListKey(.filters)))
    lists[ListKey(.filters)] = state
    status = t(TUIStatusMsg.jump, prefix)
  }
}

extension FilterRow {
  /// What a jump matches in a setting's label: the whole label and each word after a space or
  /// a colon, folded ("domain: transport 交通" → "domain: transport 交通", "transport 交通", "交通").
  static func jumpWords(_ label: String) -> [String] {
    let folded = TextMatch.fold(label)
    var words = [folded]
    var rest = Substring(folded)
    while let i = rest.firstIndex(where: { $0 == " " || $0 == ":" }) {
      rest = rest[rest.index(after: i)...].drop { $0 == " " || $0 == ":" }
      if !rest.isEmpty { words.append(String(rest)) }
    }
    return words
  }
}

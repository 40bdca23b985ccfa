import ChengyuCore

extension ScreenKind {
  public static let help = ScreenKind("help")
}

/// A line of the help screen: a group heading or a command.
public struct HelpRow: Hashable, Sendable {
  /// The group title, for a heading line.
  public var heading: String?
  /// The command's long name, for a command line.
  public var commandID: String?
}

extension AppState {
  /// The help screen's lines: every command of the registry under its group, narrowed by search.
  public func helpRows() -> [HelpRow] {
    let text = searchText(.help)
    var rows: [HelpRow] = []
    let groups: [(TUIMsg, [Command])] = [
      (.helpMoving, CommandRegistry.navigation), (.helpScreens, CommandRegistry.screens),
      (.helpFiltering, CommandRegistry.filtering), (.helpLists, CommandRegistry.listing), (.helpPictures, PictureCommands.all), (.helpOther, CommandRegistry.other),
    ]
    for (title, commands) in groups {
      // Both languages match, so an English word finds a command in the Chinese help too.
      let shown = commands.filter { c in
        text.isEmpty || TextMatch.matches(text, [c.id, c.title, c.help, c.title(.zh), c.help(.zh)] + c.keys)
      }
      guard !shown.isEmpty else { continue }
      rows.append(HelpRow(heading: t(title)))
      rows += shown.map { HelpRow(commandID: $0.id) }
    }
    return rows
  }
}

/// `?`: every command with its keys, long name and what it does, generated from the registry.
/// Help is a tab, but `?` pushes it over the current screen so Esc comes back.
struct HelpScreen: ExplorerScreen {
  /// Rows under the list for the selected command's full description.
  static let footerRows = 3
  let kind = ScreenKind.help
  let title = TUIMsg.tabHelp
  /// The commands, not the data: readable while a filter's model is built.
  let readsModel = false
  let tab: TabEntry? = TabEntry(help: .tabHelpHelp, keys: ["?", "f1"], hint: "help")

  func rowCount(_ state: AppState, _ key: ListKey) -> Int { state.helpRows().count }

  func viewport(_ state: AppState, _ key: ListKey) -> Int { max(1, ScreenLayout.bodyRows(state) - Self.footerRows) }

  /// Enter runs the selected command on the screen under the help (the first screen when Help
  /// was reached by Tab and is the whole stack).
  func open(_ state: inout AppState, _ key: ListKey, row: Int) {
    let rows = state.helpRows()
    guard rows.indices.contains(row), let id = rows[row].commandID else { return }
    if !state.stack.pop() { state.stack.reset(to: .cities) }
    _ = state.run(commandID: id)
  }

  func hintLabel(_ command: Command, pane: Int) -> String? { command.id == "open" ? "run" : command.hint }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.helpRows()
    let viewport = self.viewport(state, ListKey(.help))
    let list = state.list(ListKey(.help)).visible(count: rows.count, viewport: viewport)
    Self.renderFooter(state, rows.indices.contains(list.selected) ? rows[list.selected] : nil,
                 in: Rect(x: body.x, y: body.y + viewport, width: body.width, height: body.height - viewport), pen: pen, into: &buffer)
    for line in 0..<viewport {
      let i = list.offset + line
      guard i < rows.count else { break }
      let y = body.y + line
      let selected = i == list.selected
      // The cursor covers the keys column only, as in tables (few cells to rewrite per move).
      if selected { buffer.fill(Rect(x: body.x, y: y, width: min(body.width, 17), height: 1), style: Styles.selection) }
      if let heading = rows[i].heading {
        pen.put(&buffer, heading, x: body.x + 1, y: y, width: body.width - 1, style: selected ? Styles.selection : Styles.title)
        continue
      }
      guard let c = rows[i].commandID.flatMap(CommandRegistry.command) else { continue }
      let keys = c.keys.isEmpty ? "(:\(c.id))" : c.keys.map(Keymap.display).joined(separator: " ")
      var help = c.help(state.lang)
      if case .screens(let kinds) = c.scope { help += " [" + state.listed(kinds.map { $0.title(state.lang) }) + "]" }
      pen.cell(&buffer, keys, x: body.x + 3, y: y, width: 14, style: selected ? Styles.selection : Styles.label)
      pen.cell(&buffer, c.id, x: body.x + 18, y: y, width: 22)
      pen.put(&buffer, help, x: body.x + 41, y: y, width: body.width - 41)
    }
  }

  /// The selected command in full: keys, long name, scope and the whole description.
  static func renderFooter(_ state: AppState, _ row: HelpRow?, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    guard rect.height > 0 else { return }
    guard let c = row?.commandID.flatMap(CommandRegistry.command) else {
      pen.rule(&buffer, rect.row(0), title: state.t(TUIMsg.helpEnterRuns))
      return
    }
    let keys = c.keys.isEmpty ? state.t(TUIMsg.helpNoKey) : c.keys.map(Keymap.display).joined(separator: " ")
    pen.rule(&buffer, rect.row(0), title: ":\(c.id)  (\(keys))")
    var text = c.help(state.lang)
    if case .screens(let kinds) = c.scope { text += state.t(TUIMsg.helpWorksOn, state.listed(kinds.map { $0.title(state.lang) })) }
    for (i, line) in Format.wrap(text, width: rect.width - 2).prefix(rect.height - 1).enumerated() {
      pen.put(&buffer, line, x: rect.x + 1, y: rect.y + 1 + i, width: rect.width - 1)
    }
  }
}

import ChengyuCore

extension AppState {
  /// The `/` search and `:` command prompts: typing narrows the list at once; Enter keeps the
  /// search (or runs the command), Esc restores what was there before.
  mutating func handlePrompt(_ action: Action) -> [Effect] {
    switch action {
    case .beginSearch:
      guard current.searchable else {
        status = t(TUIStatusMsg.noSearch)
        return []
      }
      let current = search[screen] ?? ""
      prompt = PromptState(kind: .search, text: current, previous: current)
    case .beginCommand:
      prompt = PromptState(kind: .command)
    case .promptInput(let s):
      guard let p = prompt, p.text.count + s.count <= PromptState.maxLength else {
        if prompt?.takesText == true { status = t(TUIStatusMsg.promptTooLong, PromptState.maxLength) }
        return []
      }
      editPrompt { $0 += s }
    case .promptBackspace: editPrompt { if !$0.isEmpty { $0.removeLast() } }
    case .promptClear: editPrompt { $0 = "" }
    case .promptChoice(let n):
      guard var p = prompt, p.kind == .command else { return [] }
      p.choice = max(0, min(p.choice + n, paletteMatches(p.text).count - 1))
      prompt = p
    case .promptCancel:
      if let p = prompt, p.kind == .search { setSearch(p.previous) }
      if case .overwrite = prompt?.kind { return handleExport(.confirmOverwrite(false)) }
      prompt = nil
    case .promptCommit:
      guard let p = prompt else { return [] }
      prompt = nil
      // The search stays: so does the note that the city level would find something.
      if p.kind == .search, let hint = cityLevelSearchHint() { status = hint }
      if p.kind == .export { return commitExport(p.text, excel: p.excel) }
      if p.kind == .periods { commitPeriods(p.text) }
      if p.kind == .command {
        // `:export gexf growth.gexf` exports at once, without the second prompt.
        let words = p.text.trimmingSpaces
        if words.hasPrefix("export ") { return commitExport(String(words.dropFirst(7))) }
        // `:compare-periods 2011-2013,2014-2016` compares at once, on the Compare screen.
        if words.hasPrefix("compare-periods "), screen.kind == .compare {
          commitPeriods(String(words.dropFirst(16)))
          return []
        }
        let matches = paletteMatches(p.text)
        guard let id = matches.indices.contains(p.choice) ? matches[p.choice].id : matches.first?.id else {
          status = t(TUIStatusMsg.noCommandMatches, p.text)
          return []
        }
        return run(commandID: id)
      }
    default: break
    }
    return []
  }

  /// Commands whose long name (current or former) or title matches the palette text: exact name
  /// first, then names starting with it, then names or titles (English or Chinese) containing it,
  /// and Chinese titles named by their pinyin or its initials (`qcsx` for 清除筛选).
  public func paletteMatches(_ text: String) -> [Command] {
    let t = TextMatch.fold(text.trimmingSpaces)
    let all = CommandRegistry.all
    guard !t.isEmpty else { return all }
    let names = { (c: Command) in [c.id] + c.aliases }
    let exact = all.filter { names($0).contains(t) }
    let prefix = all.filter { c in !names(c).contains(t) && names(c).contains { $0.hasPrefix(t) } }
    let rest = all.filter { c in
      !names(c).contains { $0.hasPrefix(t) }
        && (TextMatch.matches(t, names(c) + [c.title, c.title(.zh)]) || CommandPinyin.matches(t, title: c.title(.zh)))
    }
    return exact + prefix + rest
  }

  private mutating func editPrompt(_ edit: (inout String) -> Void) {
    guard var p = prompt, p.takesText else { return }
    edit(&p.text)
    p.choice = 0
    prompt = p
    if p.kind == .search { setSearch(p.text) }
  }

  /// Narrows the current list; the selection goes back to the first match.
  private mutating func setSearch(_ text: String) {
    search[screen] = text.isEmpty ? nil : text
    lists[currentListKey] = ListState()
    clampAllLists()
    if let hint = cityLevelSearchHint() { status = hint }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

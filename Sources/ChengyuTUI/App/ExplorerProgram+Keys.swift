import ChengyuCore

extension ExplorerProgram {
  /// What a key means in a state: text editing while a prompt is open, y/n for a question, only
  /// quitting on the "too small" screen, else the command the keymap binds on the current screen.
  public static func action(for key: Key, in state: AppState) -> Action? {
    if state.isTooSmall {
      return key == .char("q") || key == .ctrl("c") ? .quit : nil
    }
    if let prompt = state.prompt, !prompt.takesText {
      switch key {
      case .char("y"), .char("Y"): return .confirmOverwrite(true)
      case .char("n"), .char("N"), .escape, .ctrl("c"), .ctrl("g"), .backspace: return .confirmOverwrite(false)
      default: return nil
      }
    }
    if let prompt = state.prompt {
      switch key {
      case .char(let c): return .promptInput(String(c))
      case .backspace: return prompt.text.isEmpty ? .promptCancel : .promptBackspace
      case .enter: return .promptCommit
      case .escape, .ctrl("c"), .ctrl("g"): return .promptCancel
      case .ctrl("u"): return .promptClear
      case .up, .ctrl("p"): return prompt.kind == .command ? .promptChoice(-1) : nil
      case .down, .ctrl("n"): return prompt.kind == .command ? .promptChoice(1) : nil
      case .tab: return prompt.kind == .export ? .toggleExportExcel : nil
      default: return nil
      }
    }
    let command = Keymap.command(forKey: key.description, on: state.screen.kind)
    if state.screen == .filters, case .char(let c) = key, FilterPanelScreen.jumps(c, command: command) {
      return .jump(String(c))
    }
    return command?.action
  }
}

import ChengyuCore

extension AppState {
  /// The export prompt and its outcome. The reducer only asks for the write (`Effect.export`);
  /// the runtime performs it and reports back with `.exportFinished`, so `reduce` stays pure.
  mutating func handleExport(_ action: Action) -> [Effect] {
    switch action {
    case .beginExport:
      prompt = PromptState(kind: .export)
    case .toggleExportExcel:
      guard var p = prompt, p.kind == .export else { return [] }
      p.excel.toggle()
      prompt = p
    case .exportFinished(let outcome):
      switch outcome {
      case .written(let paths, let nodes, let ties):
        // The counts first: a long list of files is what the bar's width cuts off.
        status = t(TUIStatusMsg.wrote, CountNoun.graphNodes.count(nodes, lang), CountNoun.ties.count(ties, lang), paths.joined(separator: ", "))
      case .exists(let format, let output, let existing, let excel):
        // Never overwrite on a single key: ask first.
        prompt = PromptState(kind: .overwrite(format, output: output, existing: existing, excel: excel))
      case .failed(let message):
        status = t(TUIStatusMsg.notExported, message)
      }
    case .confirmOverwrite(let yes):
      guard case .overwrite(let format, let output, let existing, let excel) = prompt?.kind else { return [] }
      prompt = nil
      if yes { return [.export(format, path: output, force: true, excel: excel)] }
      status = t(TUIStatusMsg.kept, existing)
    default: break
    }
    return []
  }

  /// Enter in the export prompt: the effect for a well-formed "FORMAT [FILE]", else a message.
  mutating func commitExport(_ text: String, excel: Bool = false) -> [Effect] {
    switch ExportRequest.parse(text, defaultBase: defaultExportBase, excel: excel, language: lang) {
    case .success(let request): return [request.effect()]
    case .failure(let error):
      status = error.message
      return []
    }
  }
}

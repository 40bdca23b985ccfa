import ChengyuCore

extension AppState {
  /// The export prompt and its outcome. The reducer only asks for the write (`Effect.export`);
  /// the runtime performs it and reports back with `.exportFinished`, so `reduce` stays pure.
  mutating func handleExport(_ action: Action) -> [Effect] {
    switch action {
    case .beginExport:
      prompt = PromptState(kind: .export)
    case .exportFinished(let outcome):
      switch outcome {
      case .written(let paths, let nodes, let ties):
        // The counts first: a long list of files is what the bar's width cuts off.
        status = "Wrote \(Wording.count(nodes, "node")), \(Wording.count(ties, "tie")): " + paths.joined(separator: ", ")
      case .exists(let format, let output, let existing):
        // Never overwrite on a single key: ask first.
        prompt = PromptState(kind: .overwrite(format, output: output, existing: existing))
      case .failed(let message):
        status = "Not exported: " + message
      }
    case .confirmOverwrite(let yes):
      guard case .overwrite(let format, let output, let existing) = prompt?.kind else { return [] }
      prompt = nil
      if yes { return [.export(format, path: output, force: true)] }
      status = "Nothing written; kept \(existing)"  // the outcome first: a long path is what gets cut
    default: break
    }
    return []
  }

  /// Enter in the export prompt: the effect for a well-formed "FORMAT [FILE]", else a message.
  mutating func commitExport(_ text: String) -> [Effect] {
    switch ExportRequest.parse(text, defaultBase: defaultExportBase) {
    case .success(let (format, path)): return [.export(format, path: path, force: false)]
    case .failure(let error):
      status = error.message
      return []
    }
  }
}

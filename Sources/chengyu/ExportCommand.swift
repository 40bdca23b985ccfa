import ArgumentParser

// Placeholder until its owner lands it.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "export", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'export' is not built yet") }
}

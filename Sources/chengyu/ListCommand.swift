import ArgumentParser

// Placeholder until its owner lands it.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'list' is not built yet") }
}

import ArgumentParser

// Placeholder until its owner lands it.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'validate' is not built yet") }
}

import ArgumentParser

// Placeholder until its owner lands it.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'show' is not built yet") }
}

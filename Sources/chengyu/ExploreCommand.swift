import ArgumentParser

// Placeholder until its owner lands it.
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "explore", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'explore' is not built yet") }
}

import ArgumentParser

// Placeholder until its owner lands it.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "compare", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'compare' is not built yet") }
}

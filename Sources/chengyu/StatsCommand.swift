import ArgumentParser

// Placeholder until its owner lands it.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not built yet)")
  func run() throws { throw ValidationError("'stats' is not built yet") }
}

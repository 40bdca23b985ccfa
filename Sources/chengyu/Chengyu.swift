import ArgumentParser

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The `chengyu` command: the explorer by default, subcommands for scripts and pipes.
@main
struct Chengyu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chengyu",
    abstract: "Explore networks of inter-governmental cooperation (default: Chengdu–Chongqing 成渝, 2011–2020).",
    discussion: """
      With no subcommand, opens the explorer on the embedded dataset (or --data DIR).

      Examples:
        chengyu                                  open the explorer
        chengyu stats --json                     counts as JSON
        chengyu list ties --family governance    governance ties, heaviest first
        chengyu list agreements --years 2016-2017 --format csv
        chengyu show chengdu                     a city's partners and agreements
        chengyu stats --measures                 centralities per city (= networkx)
        chengyu compare --periods 2011-2015,2016-2017
        chengyu export --format gexf -o n.gexf   the network for Gephi
        chengyu validate ./mydata                check a dataset folder
        chengyu import coding.xlsx -o mydata     a coding sheet → a dataset folder
        chengyu init mydata                      a template dataset folder
      """,
    version: ChengyuVersion.current,
    subcommands: [
      ExploreCommand.self, StatsCommand.self, ListCommand.self, ShowCommand.self,
      CompareCommand.self, ExportCommand.self, ValidateCommand.self, InitCommand.self, ImportCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )

  /// ArgumentParser's `main`, plus what it leaves out: every message it prints is sanitized and
  /// capped (they echo option values, which may hold escape sequences), and standard output is
  /// flushed and checked at the end, so `chengyu stats > /dev/full` fails instead of losing data.
  static func main() {
    Output.guardStandardStreams()
    // swift-argument-parser removes each argument it consumes from an array, so parsing is
    // quadratic in their number (30,000 repeated flags took 79 s): refuse absurd counts up front.
    let count = CommandLine.arguments.count - 1
    if count > maxArguments {
      Diagnostics.printError("too many arguments (\(count); at most \(maxArguments) are accepted)")
      Glibc.exit(64)
    }
    var status: Int32 = 0
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let message = fullMessage(for: error)
      status = exitCode(for: error).rawValue
      if status == 0 {
        if !message.isEmpty { Output.write(message + "\n") }  // --help, --version
      } else if !message.isEmpty {
        Diagnostics.printMessage(message)
      }
    }
    if !Output.finish(), status == 0 { status = 1 }
    Glibc.exit(status)
  }
}

extension Chengyu {
  /// Most command-line arguments accepted (options and their values count separately).
  static let maxArguments = 1_000
}

enum ChengyuVersion {
  static let current = "0.1.0"
}

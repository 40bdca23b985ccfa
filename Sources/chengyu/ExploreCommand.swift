import ArgumentParser
import ChengyuCore
import ChengyuNcurses
import ChengyuTUI

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `chengyu` / `chengyu explore`: the full-screen explorer, or a headless replay of a key script.
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Open the explorer (the default when no subcommand is given).",
    discussion: """
      Keys: arrows or j/k to move, Enter to open, Esc to go back, Tab to switch screens,
      m to cycle the mechanism family, / to search, f for the filter panel, ? for help, q to quit.
      Filter options given here are the explorer's starting filter.

      Without a terminal, --script replays keys headless and prints the final screen:
        chengyu explore --script keys.txt --size 100x30
      A script holds key names separated by spaces or lines (j, enter, esc, ctrl+d, shift+tab,
      type:遂宁, resize:60x20); # starts a comment. See docs/user-guide.md.
      """)

  @OptionGroup var dataOptions: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @Flag(help: "No colours (as NO_COLOR=1); bold, reverse and underline still mark meaning.")
  var noColor = false
  @Option(help: ArgumentHelp("Replay the keys in this file without a terminal and print the last screen.", valueName: "file"))
  var script: String?
  @Option(help: ArgumentHelp("Screen size for --script, e.g. 100x30.", valueName: "WxH"))
  var size: String = "80x24"
  @Flag(help: "With --script: ASCII only (pinyin names, ASCII borders), as on a non-UTF-8 terminal.")
  var ascii = false

  func run() throws {
    let dataset = try dataOptions.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    if let script {
      try Self.replay(script: script, size: size, ascii: ascii, dataset: dataset, filter: filter,
                      origin: dataOptions.directory ?? "embedded")
      return
    }
    if noColor { setenv("NO_COLOR", "1", 1) }
    let outcome: AppRunner.Outcome
    do {
      outcome = try MainActor.assumeIsolated {
        try TerminalSession.run { backend in
          ExplorerProgram(
            dataset: dataset, asciiMode: backend.asciiMode,
            filter: filter, notice: backend.localeNotice, origin: dataOptions.directory ?? "embedded")
        }
      }
    } catch let error as TerminalSetupError {
      Diagnostics.printError(error.description)
      throw ExitCode(1)
    }
    // A hang-up (lost SSH connection, SIGTERM) ends the session; nothing is left half-written.
    if outcome == .hangup { throw ExitCode(1) }
  }

  /// Runs the explorer on a key script with the headless backend and prints the last frame.
  static func replay(
    script path: String, size text: String, ascii: Bool, dataset: Dataset, filter: Filter, origin: String
  ) throws {
    guard let size = Size(parsing: text), (1...1000).contains(size.width), (1...1000).contains(size.height) else {
      throw ValidationError("bad --size '\(text)' (use WxH from 1x1 to 1000x1000, e.g. 100x30)")
    }
    guard let bytes = FileIO.readAll(path: path) else {
      Diagnostics.printError("cannot read script \(path): \(FileIO.lastErrorText())")
      throw ExitCode(1)
    }
    let events: [InputEvent]
    do {
      events = try InputScript.parse(String(decoding: bytes, as: UTF8.self))
    } catch {
      Diagnostics.printError("\(path):\(error.line): unknown key or event '\(error.token)'")
      throw ExitCode(65)
    }
    let screen = MainActor.assumeIsolated {
      let backend = HeadlessBackend(size: size, events: events)
      var program = ExplorerProgram(dataset: dataset, asciiMode: ascii, filter: filter, size: size, origin: origin)
      AppRunner.run(&program, backend: backend)
      return backend.screen.lines
    }
    for line in screen { print(line) }
  }
}

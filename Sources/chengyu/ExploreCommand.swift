import ArgumentParser
import ChengyuCore
import ChengyuData
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
  @OptionGroup var languageOptions: LanguageOptions
  @Flag(help: "No colours (as NO_COLOR=1); bold, reverse and underline still mark meaning.")
  var noColor = false
  @Option(help: ArgumentHelp("Replay the keys in this file without a terminal and print the last screen.", valueName: "file"))
  var script: String?
  @Option(help: ArgumentHelp("Screen size for --script, e.g. 100x30.", valueName: "WxH"))
  var size: String = "80x24"
  @Flag(help: "ASCII only (pinyin names, ASCII borders), as on a non-UTF-8 terminal.")
  var ascii = false

  func run() throws {
    if let script {
      let dataset = try dataOptions.load(language: languageOptions.language)
      let filter = try filterOptions.makeFilter(for: dataset)
      try Self.replay(script: script, size: size, ascii: ascii, dataset: dataset, filter: filter,
                      origin: dataOptions.directory ?? "embedded", language: languageOptions.language)
      return
    }
    if noColor { setenv("NO_COLOR", "1", 1) }
    let outcome: AppRunner.Outcome
    let failure: (any Error)?
    do {
      (outcome, failure) = try MainActor.assumeIsolated {
        var loading: LoadingProgram?
        let outcome = try TerminalSession.run { backend in
          // A folder loads on a worker thread behind a loading screen that answers q at once.
          let program = launch(asciiMode: ascii || backend.asciiMode, notice: backend.localeNotice, size: backend.size)
          loading = program
          return program
        } onEnd: { loading = $0 }
        return (outcome, loading?.failure)
      }
    } catch let error as TerminalSetupError {
      Diagnostics.printError(error.description)
      throw ExitCode(1)
    }
    if let failure {
      if let error = failure as? DatasetError {
        Diagnostics.printError("cannot load dataset \(Diagnostics.echo(dataOptions.directory ?? "", limit: 300)):\n\(error.description)")
        throw ExitCode(65)
      }
      throw failure
    }
    // A hang-up (lost SSH connection, SIGTERM) ends the session; nothing is left half-written.
    if outcome == .hangup { throw ExitCode(1) }
  }

  /// The program the terminal runs: the explorer behind a loading screen while the dataset
  /// loads (the embedded data loads at once, so its screen is never seen).
  @MainActor
  func launch(asciiMode: Bool, notice: String?, size: Size) -> LoadingProgram {
    let (filterOptions, language, folder) = (filterOptions, languageOptions.language, dataOptions.directory)
    return LoadingProgram(
      folder: folder ?? "embedded", language: language, asciiMode: asciiMode, size: size,
      load: { token in
        guard let folder else { return .success(EmbeddedDataset.load()) }
        return Result { () throws(DatasetError) -> Dataset in
          // A researcher's own folder may lack sources (warnings, listed by `chengyu validate DIR`).
          try DatasetLoader.load(directory: folder, provenance: .optional, progress: { token.report($0) })
        }
      },
      makeExplorer: { dataset, size in
        var program = ExplorerProgram(
          dataset: dataset, asciiMode: asciiMode, filter: try filterOptions.makeFilter(for: dataset),
          notice: notice, size: size, origin: folder ?? "embedded", language: language)
        program.background = true  // layouts, measures and exports run off the key path
        return program
      })
  }

  /// Runs the explorer on a key script with the headless backend and prints the last frame.
  static func replay(
    script path: String, size text: String, ascii: Bool, dataset: Dataset, filter: Filter, origin: String,
    language: Language
  ) throws {
    guard let size = Size(parsing: text), size.width >= 1, size.height >= 1 else {
      throw ValidationError("bad --size '\(Diagnostics.echo(text))' (use WxH from 1x1 to \(Size.maximum)x\(Size.maximum), e.g. 100x30)")
    }
    let bytes: [UInt8]
    switch FileIO.read(path: path) {
    case .success(let read): bytes = read
    case .failure(let failure):
      Diagnostics.printError("cannot read script \(Diagnostics.echo(path, limit: 300)): \(failure.reason)")
      throw ExitCode(1)
    }
    let events: [InputEvent]
    do {
      events = try InputScript.parse(String(decoding: bytes, as: UTF8.self))
    } catch {
      Diagnostics.printError("\(Diagnostics.echo(path, limit: 300)):\(error.line): \(error.reason)")
      throw ExitCode(65)
    }
    let screen = MainActor.assumeIsolated {
      let backend = HeadlessBackend(size: size, events: events, keepsHistory: false)
      var program = ExplorerProgram(
        dataset: dataset, asciiMode: ascii, filter: filter, size: size, origin: origin, language: language)
      AppRunner.run(&program, backend: backend)
      return backend.screen.lines
    }
    for line in screen { Output.write(line + "\n") }
  }
}

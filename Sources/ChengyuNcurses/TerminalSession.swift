import ChengyuTUI

/// The entry point the executable calls to run a program on the real terminal.
public enum TerminalSession {
  /// Opens the terminal, builds the program (which can read `asciiMode`, `monochrome` and
  /// `localeNotice` from the backend), runs it and always restores the terminal.
  /// `utf8Fallbacks` as for `NcursesBackend.open`; `onEnd` receives the program as it ended.
  @MainActor
  public static func run<P: TUIProgram>(
    utf8Fallbacks: [String] = TerminalSetup.defaultUTF8Fallbacks,
    _ makeProgram: (NcursesBackend) -> P,
    onEnd: (P) -> Void = { _ in }
  ) throws(TerminalSetupError) -> AppRunner.Outcome {
    let backend = try NcursesBackend.open(utf8Fallbacks: utf8Fallbacks)
    defer { backend.shutdown() }
    var program = makeProgram(backend)
    let outcome = AppRunner.run(&program, backend: backend)
    onEnd(program)  // the caller reads what the program ended with (a load that failed)
    return outcome
  }
}

import ChengyuTUI

/// The entry point the executable calls to run a program on the real terminal.
public enum TerminalSession {
  /// Opens the terminal, builds the program (which can read `asciiMode`, `monochrome` and
  /// `localeNotice` from the backend), runs it and always restores the terminal.
  @MainActor
  public static func run<P: TUIProgram>(
    _ makeProgram: (NcursesBackend) -> P
  ) throws(TerminalSetupError) -> AppRunner.Outcome {
    let backend = try NcursesBackend.open()
    defer { backend.shutdown() }
    var program = makeProgram(backend)
    return AppRunner.run(&program, backend: backend)
  }
}

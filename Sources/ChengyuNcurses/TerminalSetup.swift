import CNcursesw

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

/// Why the explorer cannot take over the terminal; the text is shown to the user as is.
public enum TerminalSetupError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, cron, `ssh host cmd`).
  case notATerminal
  /// ncurses has no terminfo entry for TERM (nil when TERM is unset).
  case unknownTerminal(String?)
  /// The terminal cannot place the cursor (`TERM=dumb`, a printing terminal): no full screen.
  case cannotAddressCursor(String?)

  public var description: String {
    switch self {
    case .notATerminal:
      return "chengyu explore needs an interactive terminal, but standard input or output is"
        + " not one.\nFor plain text output use `chengyu list` (or `chengyu export`)."
    case .unknownTerminal(let term):
      let name = term.map { "'\($0)'" } ?? "(TERM is not set)"
      return "chengyu explore cannot drive terminal type \(name): it has no terminfo entry.\n"
        + "Set TERM to a known type such as xterm-256color, or use `chengyu list`."
    case .cannotAddressCursor(let term):
      let name = term.map { "'\($0)'" } ?? "(TERM is not set)"
      return "chengyu explore cannot drive terminal type \(name): it cannot move the cursor.\n"
        + "Set TERM to a full-screen type such as xterm-256color, or use `chengyu list`."
    }
  }
}

/// Steps that must happen before `newterm`: terminal check and locale.
public enum TerminalSetup {
  /// How text can be written to this terminal.
  public struct LocaleResult: Hashable, Sendable {
    /// False when no UTF-8 locale could be set: draw ASCII only (pinyin names, ASCII borders).
    public var asciiMode: Bool
    /// The character set in force, e.g. "UTF-8" or "ANSI_X3.4-1968".
    public var codeset: String
    /// A line for the user when the locale was changed or ASCII mode chosen.
    public var notice: String?
  }

  /// True when both standard input and standard output are terminals.
  public static var standardStreamsAreTerminals: Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// Throws unless both standard input and standard output are terminals.
  public static func checkTerminal() throws(TerminalSetupError) {
    guard standardStreamsAreTerminals else { throw .notATerminal }
  }

  /// Locales tried for the character type when the user's is not UTF-8.
  public static let defaultUTF8Fallbacks = ["C.UTF-8", "C.utf8"]

  /// Applies the user's locale, falling back to `fallbacks` for the character type when it is
  /// not UTF-8 (ncursesw writes CJK as garbage otherwise), else ASCII mode.
  public static func configureLocale(fallbacks: [String] = defaultUTF8Fallbacks) -> LocaleResult {
    setlocale(LC_ALL, "")
    let initial = currentCodeset()
    if isUTF8(initial) { return LocaleResult(asciiMode: false, codeset: initial, notice: nil) }
    for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
      let codeset = currentCodeset()
      if isUTF8(codeset) {
        return LocaleResult(asciiMode: false, codeset: codeset, notice: nil)
      }
    }
    return LocaleResult(
      asciiMode: true, codeset: initial,
      notice: "No UTF-8 locale (character set \(initial)): showing ASCII only.")
  }

  /// True for the spellings of UTF-8 that `nl_langinfo(CODESET)` returns.
  public static func isUTF8(_ codeset: String) -> Bool {
    let c = codeset.lowercased()
    return c == "utf-8" || c == "utf8"
  }

  static func currentCodeset() -> String {
    guard let p = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: p)
  }
}

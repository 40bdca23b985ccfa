#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Messages for people go to stderr; stdout carries data only.
enum Diagnostics {
  static func printError(_ message: String) {
    printLine("chengyu: " + message)
  }

  /// One line to stderr, without the program-name prefix (for `file:line: reason` lists).
  static func printLine(_ line: String) {
    // What went to stdout before shows before the message on a terminal.
    fflush(stdout)
    _ = (line + "\n").withCString { fputs($0, stderr) }
  }
}

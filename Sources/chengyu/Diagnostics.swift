import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Messages for people go to stderr; stdout carries data only.
///
/// Every line is sanitized and capped here, whatever built it: messages echo option values,
/// folder names and cells of data files, which are untrusted and may hold escape sequences.
enum Diagnostics {
  /// Longest line printed, in characters; the rest is cut with "…".
  static let lineLimit = 1_000
  /// Most lines one message prints (ArgumentParser's usage texts stay well below).
  static let messageLines = 400

  static func printError(_ message: String) {
    printMessage("chengyu: " + message)
  }

  /// A message of one or more lines, each sanitized and capped.
  static func printMessage(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines.prefix(messageLines) { printLine(String(line)) }
    if lines.count > messageLines { printLine("… (\(lines.count - messageLines) more lines)") }
  }

  /// One line to stderr, without the program-name prefix (for `file:line: reason` lists).
  static func printLine(_ line: String) {
    // What went to stdout before shows before the message on a terminal.
    Output.flushBeforeMessage()
    _ = (capped(TextSanitizer.clean(line)) + "\n").withCString { fputs($0, stderr) }
  }

  /// A value echoed inside a message: sanitized and cut to `limit` characters, so
  /// `--aggregate $'\e]0;T\a'` cannot retitle the terminal and a 100 KB value stays short.
  static func echo(_ value: String, limit: Int = 80) -> String {
    let clean = TextSanitizer.clean(value)
    return clean.count > limit ? String(clean.prefix(limit - 1)) + "…" : clean
  }

  private static func capped(_ line: String) -> String {
    guard line.utf8.count > lineLimit else { return line }
    return line.count > lineLimit ? String(line.prefix(lineLimit - 1)) + "…" : line
  }
}

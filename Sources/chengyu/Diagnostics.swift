#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Messages for people go to stderr; stdout carries data only.
enum Diagnostics {
  static func printError(_ message: String) {
    let text = "chengyu: " + message + "\n"
    _ = text.withCString { fputs($0, stderr) }
  }
}

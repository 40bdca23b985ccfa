import ArgumentParser
import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `--format` of the listing commands.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  /// Aligned columns for people (long titles cut with "…").
  case table
  /// RFC 4180 CSV with a header row, full text.
  case csv
  /// A JSON array of objects, full text.
  case json
}

/// Writes to stdout without Foundation, and notices when stdout cannot take the data.
///
/// Writes go through the C `stdout` stream (as `print` does, so the two stay in order); the
/// first failure is remembered and later writes are skipped. `finish()` flushes and reports it
/// once, as `chengyu: cannot write standard output: …`, and the command exits with 1. (The CLI
/// runs on one thread, hence the unchecked global.)
enum Output {
  nonisolated(unsafe) private static var failure: Int32 = 0

  static func write(_ text: String) {
    guard failure == 0 else { return }
    var text = text
    let count = text.utf8.count
    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stdout) }
    if written != count { failure = errno == 0 ? EIO : errno }
  }

  /// Flushes stdout before a message goes to stderr, remembering a failure for `finish()`.
  static func flushBeforeMessage() {
    if failure == 0, fflush(stdout) != 0 { failure = errno == 0 ? EIO : errno }
  }

  /// Flushes stdout; false (after saying why on stderr) when any write failed.
  static func finish() -> Bool {
    if failure == 0, fflush(stdout) != 0 || ferror(stdout) != 0 { failure = errno == 0 ? EIO : errno }
    guard failure != 0 else { return true }
    Diagnostics.printError("cannot write standard output: \(String(cString: strerror(failure)))")
    return false
  }

  /// Makes sure descriptors 0, 1 and 2 are open before any file is: with stdout closed
  /// (`chengyu stats >&-`) the next file opened would become descriptor 1 and receive the output.
  /// A closed one is reopened read-only on /dev/null, so writing to it still fails (EBADF) and is
  /// reported.
  static func guardStandardStreams() {
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0, opened != fd {
        dup2(opened, fd)
        close(opened)
      }
    }
  }
}

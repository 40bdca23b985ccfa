#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be written, with the path and the system's reason.
public struct FileIOError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public var description: String { "\(path): \(reason)" }
}

extension FileIO {
  /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so readers
  /// never see a half-written file.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileIOError) {
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw FileIOError(path: path, reason: lastErrorText()) }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        let reason = lastErrorText()
        close(fd)
        unlink(temporary)
        throw FileIOError(path: path, reason: reason)
      }
      written += n
    }
    guard close(fd) == 0, rename(temporary, path) == 0 else {
      let reason = lastErrorText()
      unlink(temporary)
      throw FileIOError(path: path, reason: reason)
    }
  }

  /// Creates `path` as a folder unless it already is one (parents must exist).
  public static func makeDirectory(_ path: String) throws(FileIOError) {
    if isDirectory(path) { return }
    guard mkdir(path, 0o755) == 0 else { throw FileIOError(path: path, reason: lastErrorText()) }
  }
}

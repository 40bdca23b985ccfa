#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file reads and atomic writes with libc only: the core avoids Foundation.
public enum FileIO {
  /// The file's bytes, or nil when it cannot be read (see `read(path:)` for why).
  public static func readAll(path: String) -> [UInt8]? {
    try? read(path: path).get()
  }

  /// Why a file could not be read, in words that name the cause.
  public struct ReadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing exists at the path (or a folder on the way is missing).
    public var isMissing: Bool
    /// The cause, e.g. "it is a folder", "permission denied".
    public var reason: String
    public var description: String { reason }
    /// A failure with this cause.
    public init(isMissing: Bool, reason: String) {
      self.isMissing = isMissing
      self.reason = reason
    }
  }

  /// The bytes of a regular file, or why it cannot be read.
  ///
  /// Only regular files are read: a FIFO, a device or a socket is refused by name before it is
  /// opened (opening a FIFO with no writer blocks forever), and the open itself is non-blocking
  /// with the type checked again on the open file, in case the path changed in between.
  public static func read(path: String) -> Result<[UInt8], ReadFailure> {
    if let failure = notRegular(path) { return .failure(failure) }
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(systemFailure()) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(systemFailure()) }
    if let reason = typeReason(st.st_mode) { return .failure(ReadFailure(isMissing: false, reason: reason)) }
    // Straight into the array at the size fstat gave (no staging copy through a 64 KiB chunk:
    // agreements.csv can be 379 MB); a file that grew since is read on in chunks.
    let size = max(0, Int(st.st_size))
    var failure: Int32 = 0
    var result = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < size {
        let n = systemRead(fd, base + count, size - count)
        if n < 0, errno == EINTR { continue }
        if n < 0 { failure = errno }
        if n <= 0 { break }
        count += n
      }
    }
    if failure != 0 {
      errno = failure
      return .failure(systemFailure())
    }
    guard result.count == size else { return .success(result) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(systemFailure())
      }
      if n == 0 { break }
      result.append(contentsOf: chunk[0..<n])
    }
    return .success(result)
  }

  /// Why `path` is not a regular file one can open, or nil when it is one (links followed).
  private static func notRegular(_ path: String) -> ReadFailure? {
    if path.isEmpty { return ReadFailure(isMissing: true, reason: "the name is empty") }
    var st = stat()
    if stat(path, &st) != 0 {
      let code = errno
      var link = stat()
      if code == ENOENT, lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
        return ReadFailure(isMissing: false, reason: "it is a symbolic link to nothing")
      }
      errno = code
      return systemFailure()
    }
    return typeReason(st.st_mode).map { ReadFailure(isMissing: false, reason: $0) }
  }

  /// Why a file of this mode is not read, or nil for a regular file.
  private static func typeReason(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "it is a folder, not a file"
    case S_IFIFO: "it is a FIFO (named pipe), not a regular file"
    case S_IFCHR, S_IFBLK: "it is a device, not a regular file"
    case S_IFSOCK: "it is a socket, not a regular file"
    default: "it is not a regular file"
    }
  }

  private static func systemFailure() -> ReadFailure {
    switch errno {
    case ENOENT, ENOTDIR: ReadFailure(isMissing: true, reason: "it does not exist")
    case ELOOP: ReadFailure(isMissing: false, reason: "it is a symbolic link loop")
    case EACCES, EPERM: ReadFailure(isMissing: false, reason: "permission denied")
    default: ReadFailure(isMissing: false, reason: lastErrorText())
    }
  }

  /// True when something exists at `path`.
  public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// True when `path` is a folder (links followed).
  public static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// Why `path` cannot be used as a folder ("is not a folder: it does not exist"), or nil when
  /// it is one.
  public static func notFolderReason(_ path: String) -> String? {
    if path.isEmpty { return "is not a folder: the name is empty" }
    var st = stat()
    if stat(path, &st) != 0 { return "is not a folder: " + systemFailure().reason }
    guard (st.st_mode & S_IFMT) == S_IFDIR else {
      return "is not a folder: " + (typeReason(st.st_mode) ?? "it is a file")
    }
    guard access(path, R_OK | X_OK) == 0 else { return "cannot be read: " + systemFailure().reason }
    return nil
  }

  /// Creates one folder (its parent must exist); false on failure, with `errno` set.
  public static func makeDirectory(_ path: String) -> Bool { mkdir(path, 0o755) == 0 }

  /// The text of the last system error, for messages.
  public static func lastErrorText() -> String { String(cString: strerror(errno)) }
}

/// libc's `read`, which `FileIO.read(path:)` would otherwise shadow.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

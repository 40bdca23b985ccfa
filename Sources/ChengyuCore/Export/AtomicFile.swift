#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an atomic write did not happen. Nothing was left behind in any case.
public enum AtomicFileError: Error, Equatable, CustomStringConvertible {
  /// The target exists and `force` was not given.
  case exists(path: String)
  /// The folder the file should go into does not exist (or is not a folder).
  case noFolder(path: String, folder: String)
  /// A system call failed; `reason` is the system's text.
  case cannotWrite(path: String, reason: String)

  /// A message naming the file, for people.
  public var description: String {
    switch self {
    case .exists(let path): "\(path) already exists (use --force to overwrite it)"
    case .noFolder(let path, let folder): "cannot write \(path): folder \(folder) does not exist"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}

/// Whole-file writes that never leave a partial file: each file is written to a temporary file in
/// its own folder (so the rename stays on one file system), flushed, then moved into place.
///
/// Without `force`, the move is `link` then `unlink`, which fails if the target appeared
/// meanwhile, so an existing file is never replaced. With several files, all are written before
/// any is moved in; if a move fails, the temporary files and the files this call created are
/// removed. (With `force`, files already replaced before a later failure stay replaced.)
///
/// An existing character device or FIFO (`-o /dev/null --force`), or a symbolic link to a regular
/// file, is written into instead (not atomically), after the regular files: replacing it with a
/// regular file would break the system, the pipe or the link. A folder, block device or socket
/// is refused.
public enum AtomicFile {
  /// One file to write.
  public struct Item: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// A file to write at `path` with `bytes`.
    public init(path: String, bytes: [UInt8]) {
      self.path = path
      self.bytes = bytes
    }
  }

  /// Writes one file atomically; see the type's description.
  public static func write(path: String, bytes: [UInt8], force: Bool) throws(AtomicFileError) {
    try write([Item(path: path, bytes: bytes)], force: force)
  }

  /// Writes several files, all or nothing: every target is checked, then every file written to a
  /// temporary file, then each moved into place.
  public static func write(_ items: [Item], force: Bool) throws(AtomicFileError) {
    try write(paths: items.map(\.path), force: force) { i, sink in sink.write(bytes: items[i].bytes) }
  }

  /// The same, streamed: `produce(i, sink)` writes file `i`'s text into a sink that goes straight
  /// to its temporary file (or into the device or FIFO), so no file is ever held in memory whole.
  public static func write(
    paths: [String], force: Bool, produce: (Int, ExportSink) -> Void
  ) throws(AtomicFileError) {
    var streams: [Int] = []
    for (i, path) in paths.enumerated() {
      let folder = folder(of: path)
      guard FileIO.isDirectory(folder) else { throw .noFolder(path: path, folder: folder) }
      if !force && FileIO.exists(path) { throw .exists(path: path) }
      if try isStream(path) { streams.append(i) }
    }
    // A device or FIFO (-o /dev/null --force) is written into, never replaced by a regular file.
    let regular = paths.indices.filter { !streams.contains($0) }
    try writeRegular(regular.map { paths[$0] }, force: force) { k, sink in produce(regular[k], sink) }
    for i in streams { try writeThrough(paths[i]) { produce(i, $0) } }
  }

  /// True when `path` is written through rather than replaced: a character device or FIFO (links
  /// followed), or a symbolic link to a regular file (renaming onto it would replace the link, and
  /// `/dev/stdout` is such a link); throws for a folder, a block device or a socket.
  private static func isStream(_ path: String) throws(AtomicFileError) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    switch st.st_mode & S_IFMT {
    case S_IFREG:
      var link = stat()
      return lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
    case S_IFCHR, S_IFIFO: return true
    case S_IFDIR: throw .cannotWrite(path: path, reason: "it is a folder")
    default: throw .cannotWrite(path: path, reason: "it is not a regular file, a character device or a FIFO")
    }
  }

  /// Writes into an existing device or FIFO. The open does not block: a FIFO nobody reads is an
  /// error, not a hang.
  private static func writeThrough(_ path: String, _ produce: (ExportSink) -> Void) throws(AtomicFileError) {
    // O_TRUNC matters only for a linked regular file; devices and FIFOs ignore it.
    let fd = open(path, O_WRONLY | O_TRUNC | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else {
      let reason = errno == ENXIO ? "no process is reading the FIFO" : FileIO.lastErrorText()
      throw .cannotWrite(path: path, reason: reason)
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    var failure = stream(into: fd, produce)
    if close(fd) != 0, failure == nil { failure = FileIO.lastErrorText() }
    if let failure { throw .cannotWrite(path: path, reason: failure) }
  }

  /// Runs a producer into `fd` through an `ExportSink`; the system's text on failure.
  private static func stream(into fd: Int32, _ produce: (ExportSink) -> Void) -> String? {
    let sink = ExportSink(descriptor: fd)
    produce(sink)
    sink.flush()
    return sink.failure
  }

  /// The regular files of `write(paths:force:produce:)`: temporary files, then moves into place.
  private static func writeRegular(
    _ paths: [String], force: Bool, produce: (Int, ExportSink) -> Void
  ) throws(AtomicFileError) {
    var temps: [String] = []
    do {
      for (i, path) in paths.enumerated() { temps.append(try writeTemporary(path) { produce(i, $0) }) }
    } catch {
      temps.forEach { unlink($0) }
      throw error
    }
    var created: [String] = []
    for (i, path) in paths.enumerated() {
      do {
        try commit(temps[i], to: path, force: force)
        if !force { created.append(path) }
      } catch {
        temps[i...].forEach { unlink($0) }
        created.forEach { unlink($0) }
        throw error
      }
    }
  }

  /// The folder part of a path (`.` for a bare name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private static func writeTemporary(
    _ path: String, _ produce: (ExportSink) -> Void
  ) throws(AtomicFileError) -> String {
    let folder = folder(of: path)
    let base = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    // The temporary name must fit NAME_MAX (255 bytes) whenever the target's name does: keep
    // at most 100 bytes of the base.
    var short = ""
    for ch in base where short.utf8.count + ch.utf8.count <= 100 { short.append(ch) }
    var attempt = 0
    while true {
      let temp = folder + "/." + short + ".tmp-\(getpid())-\(attempt)"
      let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd < 0 {
        if errno == EEXIST && attempt < 100 {
          attempt += 1
          continue
        }
        throw .cannotWrite(path: path, reason: FileIO.lastErrorText())
      }
      var failure = stream(into: fd, produce)
      if failure == nil, fsync(fd) != 0 { failure = FileIO.lastErrorText() }
      if close(fd) != 0, failure == nil { failure = FileIO.lastErrorText() }
      if let failure {
        unlink(temp)
        throw .cannotWrite(path: path, reason: failure)
      }
      return temp
    }
  }

  private static func commit(_ temp: String, to path: String, force: Bool) throws(AtomicFileError) {
    if force {
      guard rename(temp, path) == 0 else { throw .cannotWrite(path: path, reason: FileIO.lastErrorText()) }
      return
    }
    if link(temp, path) == 0 {
      unlink(temp)
      return
    }
    switch errno {
    case EEXIST: throw .exists(path: path)
    case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
      // File systems without hard links: check, then rename (a narrow race, but no partial file).
      if FileIO.exists(path) { throw .exists(path: path) }
      guard rename(temp, path) == 0 else { throw .cannotWrite(path: path, reason: FileIO.lastErrorText()) }
    default:
      throw .cannotWrite(path: path, reason: FileIO.lastErrorText())
    }
  }
}

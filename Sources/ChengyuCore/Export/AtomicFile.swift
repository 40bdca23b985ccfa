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
  /// to its temporary file, so no file is ever held in memory whole.
  public static func write(
    paths: [String], force: Bool, produce: (Int, ExportSink) -> Void
  ) throws(AtomicFileError) {
    for path in paths {
      let folder = folder(of: path)
      guard FileIO.isDirectory(folder) else { throw .noFolder(path: path, folder: folder) }
      if !force && FileIO.exists(path) { throw .exists(path: path) }
    }
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
    var attempt = 0
    while true {
      let temp = folder + "/." + base + ".tmp-\(getpid())-\(attempt)"
      let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd < 0 {
        if errno == EEXIST && attempt < 100 {
          attempt += 1
          continue
        }
        throw .cannotWrite(path: path, reason: FileIO.lastErrorText())
      }
      let sink = ExportSink(descriptor: fd)
      produce(sink)
      sink.flush()
      var failure = sink.failure
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

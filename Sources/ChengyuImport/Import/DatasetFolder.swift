import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a dataset folder so that it is never seen half-written.
///
/// A new folder (or an existing empty one) is written as a hidden temporary folder beside it and
/// renamed into place in one step. With `force`, an existing folder keeps its other files and
/// gets the new files, each written to a temporary file first and all moved in only once all are
/// written (`AtomicFile`). Without `force`, a folder that holds anything is refused.
public enum DatasetFolder {
  public enum WriteError: Error, Equatable, CustomStringConvertible {
    case notEmpty(String)
    case notAFolder(String)
    case noParent(String, parent: String)
    case cannotWrite(String, reason: String)

    public var description: String {
      switch self {
      case .notEmpty(let p): "\(p) exists and is not empty (use --force to write the dataset files into it)"
      case .notAFolder(let p): "\(p) exists and is not a folder"
      case .noParent(let p, let parent): "cannot create \(p): folder \(parent) does not exist"
      case .cannotWrite(let p, let reason): "cannot write \(p): \(reason)"
      }
    }
  }

  public static func write(
    _ files: [(name: String, bytes: [UInt8])], to path: String, force: Bool
  ) throws(WriteError) {
    var dir = path
    while dir.count > 1, dir.hasSuffix("/") { dir.removeLast() }
    if FileIO.exists(dir) {
      guard FileIO.isDirectory(dir) else { throw .notAFolder(dir) }
      if !isEmpty(dir) {
        guard force else { throw .notEmpty(dir) }
        do {
          try AtomicFile.write(files.map { AtomicFile.Item(path: dir + "/" + $0.name, bytes: $0.bytes) }, force: true)
        } catch {
          throw .cannotWrite(dir, reason: error.description)
        }
        return
      }
    }
    let parent = parentFolder(of: dir)
    guard FileIO.isDirectory(parent) else { throw .noParent(dir, parent: parent) }
    let base = dir.split(separator: "/").last.map(String.init) ?? dir
    let temp = (parent == "/" ? "" : parent) + "/." + base + ".tmp-\(getpid())"
    removeFlat(temp)
    guard FileIO.makeDirectory(temp) else { throw .cannotWrite(dir, reason: FileIO.lastErrorText()) }
    do {
      try AtomicFile.write(files.map { AtomicFile.Item(path: temp + "/" + $0.name, bytes: $0.bytes) }, force: false)
    } catch {
      removeFlat(temp)
      throw .cannotWrite(dir, reason: error.description)
    }
    // rename(2) replaces an empty folder and fails on a non-empty one, so a folder filled
    // meanwhile is never overwritten.
    guard rename(temp, dir) == 0 else {
      let reason = FileIO.lastErrorText()
      removeFlat(temp)
      throw errno == ENOTEMPTY || errno == EEXIST ? .notEmpty(dir) : .cannotWrite(dir, reason: reason)
    }
  }

  /// The folder part of a path (`.` for a bare name).
  static func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// True when a folder holds nothing but `.` and `..`.
  static func isEmpty(_ dir: String) -> Bool { entries(dir)?.isEmpty ?? false }

  /// Removes a folder of plain files (the temporary folder this type made), if it exists.
  static func removeFlat(_ dir: String) {
    guard let names = entries(dir) else { return }
    for name in names { unlink(dir + "/" + name) }
    rmdir(dir)
  }

  /// The names in a folder other than `.` and `..`; nil when it cannot be opened.
  static func entries(_ dir: String) -> [String]? {
    guard let d = opendir(dir) else { return nil }
    defer { closedir(d) }
    var names: [String] = []
    while let entry = readdir(d) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}

/// The raw bytes of a dataset's five CSV files, from a folder or from the embedded copy.
public struct DatasetFiles: Sendable {
  /// The five files of a dataset folder, in the order they are described.
  public static let names = ["cities.csv", "agreements.csv", "policies.csv", "mechanisms.csv", "domains.csv"]

  /// Shown in messages before each file name (a folder path, or `embedded:`).
  public var origin: String
  /// File name → bytes; a missing file has no entry.
  public var contents: [String: [UInt8]]
  /// File name → why it could not be read ("it is a folder, not a file"), for files that exist
  /// but were not read; a file with neither entry is missing.
  public var unreadable: [String: String]
  /// Files mapped instead of read (`read(directory:mapping:)`; not in `contents`).
  var mapped: [String: MappedFile] = [:]

  /// Files held in memory (the embedded copy, or tests).
  public init(origin: String, contents: [String: [UInt8]], unreadable: [String: String] = [:]) {
    self.origin = origin
    self.contents = contents
    self.unreadable = unreadable
  }

  /// Reads the five files from a folder; files that cannot be read are left out, with the cause.
  public static func read(directory: String) -> DatasetFiles { read(directory: directory, mapping: []) }

  /// As `read(directory:)`, with the files named in `mapping` mapped when they are large
  /// (`MappedFile`: for a load that keeps none of their bytes).
  static func read(directory: String, mapping: Set<String>, minimum: Int = mappedMinimum) -> DatasetFiles {
    var contents: [String: [UInt8]] = [:]
    var unreadable: [String: String] = [:]
    var mapped: [String: MappedFile] = [:]
    for name in names {
      if mapping.contains(name), let file = FileIO.map(path: directory + "/" + name, minimum: minimum) {
        mapped[name] = file
        continue
      }
      switch FileIO.read(path: directory + "/" + name) {
      case .success(let bytes): contents[name] = bytes
      case .failure(let failure): if !failure.isMissing { unreadable[name] = failure.reason }
      }
    }
    let origin = directory.hasSuffix("/") ? directory : directory + "/"
    var files = DatasetFiles(origin: origin, contents: contents, unreadable: unreadable)
    files.mapped = mapped
    return files
  }

  /// Smaller files are read: a mapping saves nothing on a few megabytes.
  static let mappedMinimum = 8 << 20

  /// A file's bytes for the loader, read or mapped; nil when missing or unreadable.
  func bytes(_ name: String) -> FileBytes? {
    if let file = mapped[name] { return .mapped(file) }
    return contents[name].map(FileBytes.array)
  }

  /// Each file's size in bytes, read or mapped.
  var sizes: [String: Int] { contents.mapValues(\.count).merging(mapped.mapValues(\.count)) { a, _ in a } }

  /// How messages name a file: the origin followed by the file name.
  public func displayName(_ name: String) -> String { origin + name }
}

/// A file's bytes as the loader gets them: an array (which the agreements' store may keep) or a
/// read-only mapping (parsed once, kept by nothing).
enum FileBytes {
  case array([UInt8])
  case mapped(MappedFile)

  var count: Int {
    switch self {
    case .array(let a): a.count
    case .mapped(let m): m.count
    }
  }

  /// The array, or empty for a mapping (a store then copies the text it keeps).
  var array: [UInt8] {
    if case .array(let a) = self { return a }
    return []
  }

  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    switch self {
    case .array(let a): try a.withUnsafeBufferPointer(body)
    case .mapped(let m): try m.withUnsafeBufferPointer(body)
    }
  }
}

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

  /// Files held in memory (the embedded copy, or tests).
  public init(origin: String, contents: [String: [UInt8]], unreadable: [String: String] = [:]) {
    self.origin = origin
    self.contents = contents
    self.unreadable = unreadable
  }

  /// Reads the five files from a folder; files that cannot be read are left out, with the cause.
  public static func read(directory: String) -> DatasetFiles {
    var contents: [String: [UInt8]] = [:]
    var unreadable: [String: String] = [:]
    for name in names {
      switch FileIO.read(path: directory + "/" + name) {
      case .success(let bytes): contents[name] = bytes
      case .failure(let failure): if !failure.isMissing { unreadable[name] = failure.reason }
      }
    }
    let origin = directory.hasSuffix("/") ? directory : directory + "/"
    return DatasetFiles(origin: origin, contents: contents, unreadable: unreadable)
  }

  /// How messages name a file: the origin followed by the file name.
  public func displayName(_ name: String) -> String { origin + name }
}

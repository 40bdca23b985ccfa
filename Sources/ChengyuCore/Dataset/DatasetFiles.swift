/// The raw bytes of a dataset's five CSV files, from a folder or from the embedded copy.
public struct DatasetFiles: Sendable {
  /// The five files of a dataset folder, in the order they are described.
  public static let names = ["cities.csv", "agreements.csv", "policies.csv", "mechanisms.csv", "domains.csv"]

  /// Shown in messages before each file name (a folder path, or `embedded:`).
  public var origin: String
  /// File name → bytes; a missing file has no entry.
  public var contents: [String: [UInt8]]

  /// Files held in memory (the embedded copy, or tests).
  public init(origin: String, contents: [String: [UInt8]]) {
    self.origin = origin
    self.contents = contents
  }

  /// Reads the five files from a folder; files that cannot be read are left out.
  public static func read(directory: String) -> DatasetFiles {
    var contents: [String: [UInt8]] = [:]
    for name in names {
      if let bytes = FileIO.readAll(path: directory + "/" + name) { contents[name] = bytes }
    }
    let origin = directory.hasSuffix("/") ? directory : directory + "/"
    return DatasetFiles(origin: origin, contents: contents)
  }

  /// How messages name a file: the origin followed by the file name.
  public func displayName(_ name: String) -> String { origin + name }
}

import ChengyuCore
import Foundation

/// What the tests compare the binary's output with: the data/ folder loaded by the core.
enum Reference {
  static let dataset: Dataset = {
    do { return try DatasetLoader.load(directory: CLI.dataFolder) } catch { fatalError("data/ does not load: \(error)") }
  }()

  /// Records in a CSV file of data/, counted with the core's reader (header excluded).
  static func recordCount(_ file: String) throws -> Int {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLI.dataFolder + "/" + file)))
    var reader = CSVReader(bytes: bytes)
    var n = 0
    while try reader.next() != nil { n += 1 }
    return n - 1
  }

  /// Parses CSV output with the core's reader: header and rows.
  static func parseCSV(_ bytes: [UInt8]) throws -> (header: [String], rows: [[String]]) {
    var reader = CSVReader(bytes: bytes)
    var records: [[String]] = []
    while let r = try reader.next() { records.append(r.fields) }
    return (records.first ?? [], Array(records.dropFirst()))
  }
}

import ChengyuCore
import ChengyuData
import Foundation

@testable import ChengyuImport

/// The directory every import test resolves against: the embedded dataset and gazetteer.
enum ImportSupport {
  static let reference = EmbeddedDataset.load()
  static let directory = PlaceDirectory(reference: reference, gazetteer: .embedded)

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

  /// The id of the place a name resolves to, or a description of what happened instead.
  static func id(_ name: String, province: String = "", parent: String = "") -> String {
    switch directory.resolve(name, context: NameContext(province: province, parent: parent)) {
    case .found(let p, _): return directory.places[p].id.rawValue
    case .ambiguous(let ps): return "ambiguous: " + ps.map { directory.places[$0].id.rawValue }.sorted().joined(separator: " ")
    case .unknown(let ps): return "unknown: " + ps.map { directory.places[$0].id.rawValue }.joined(separator: " ")
    }
  }

  static func note(_ name: String) -> String? {
    if case .found(_, let note) = directory.resolve(name) { return note }
    return "not found"
  }

  static func place(_ id: String) -> Place? { directory.places.first { $0.id.rawValue == id } }

  /// A coding sheet from rows of text cells; row numbers start at 1 (the header).
  static func sheet(_ rows: [[String]], label: String = "s.csv") -> SheetTable {
    SheetTable(label: label, rows: rows.enumerated().map { i, cells in
      SheetRow(number: i + 1, cells: cells.map { $0.isEmpty ? .empty : .text($0) })
    })
  }

  static func run(_ rows: [[String]]) -> ImportResult {
    SheetImporter(directory: directory, codebook: reference.codebook).run(sheet(rows))
  }
}

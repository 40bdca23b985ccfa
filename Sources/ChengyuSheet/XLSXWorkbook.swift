import ChengyuImport
import Foundation
import ZIPFoundation

/// An .xlsx workbook opened for reading its sheets as coding sheets.
///
/// Parts are found as the format defines them: `_rels/.rels` names the workbook part, its
/// relationships name each sheet (by the `r:id` of `<sheet>` in workbook.xml), the shared
/// strings and the styles (which say which number formats are dates).
public struct XLSXWorkbook {
  public let path: String
  /// The sheet names in workbook order.
  public var sheetNames: [String] { sheets.map(\.name) }

  private let archive: Archive
  private let sheets: [(name: String, part: String)]
  private let reader: XLSXSheetReader

  /// Largest part read, uncompressed: a guard against zip bombs.
  static let maxPartSize = 256 << 20

  public init(path: String) throws(XLSXError) {
    self.path = path
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .unreadable(path: path, reason: "not a zip archive, as .xlsx files are")
    }
    let root = try Self.read(archive, "_rels/.rels", path: path, optional: true)
    let rootRels = try root.map { data throws(XLSXError) in try XLSXParts.relationships(data, part: "_rels/.rels", path: path) } ?? [:]
    let workbookPart = rootRels.values.first { $0.type.hasSuffix("/officeDocument") }.map { Self.resolve($0.target, in: "") }
      ?? "xl/workbook.xml"
    let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
    let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
    guard let workbookData = try Self.read(archive, workbookPart, path: path, optional: true) else {
      throw .missingPart(path: path, part: workbookPart)
    }
    let (entries, date1904) = try XLSXParts.workbook(workbookData, part: workbookPart, path: path)
    let rels = try Self.read(archive, relsPart, path: path, optional: true)
      .map { data throws(XLSXError) in try XLSXParts.relationships(data, part: relsPart, path: path) } ?? [:]
    func part(ofType suffix: String, default name: String) -> String {
      rels.values.first { $0.type.hasSuffix(suffix) }.map { Self.resolve($0.target, in: folder) }
        ?? Self.resolve(name, in: folder)
    }
    // A sheet whose relationship is missing cannot be found; reading it says so.
    sheets = entries.map { e in
      (e.name, rels[e.rid].map { Self.resolve($0.target, in: folder) } ?? "the part of relationship \(e.rid)")
    }
    let sstPart = part(ofType: "/sharedStrings", default: "sharedStrings.xml")
    let stylesPart = part(ofType: "/styles", default: "styles.xml")
    let strings = try Self.read(archive, sstPart, path: path, optional: true)
      .map { data throws(XLSXError) in try XLSXParts.sharedStrings(data, part: sstPart, path: path) } ?? []
    let dates = try Self.read(archive, stylesPart, path: path, optional: true)
      .map { data throws(XLSXError) in try XLSXParts.dateStyles(data, part: stylesPart, path: path) } ?? []
    reader = XLSXSheetReader(sharedStrings: strings, dateStyles: dates, date1904: date1904)
  }

  /// A sheet as a coding sheet labelled `PATH[NAME]`: the named sheet, or the first.
  public func table(sheet name: String? = nil) throws(XLSXError) -> SheetTable {
    let chosen = name.map { n in sheets.first { $0.name == n } } ?? sheets.first
    guard let chosen else {
      if let name { throw .noSheet(path: path, name: name, available: sheetNames) }
      throw .missingPart(path: path, part: "a worksheet")
    }
    guard let data = try Self.read(archive, chosen.part, path: path, optional: true) else {
      throw .missingPart(path: path, part: chosen.part)
    }
    let rows = try reader.rows(data, part: chosen.part, path: path)
    return SheetTable(label: "\(path)[\(chosen.name)]", rows: rows)
  }

  /// A relationship target as an archive path: absolute targets drop their `/`, relative ones
  /// are taken from the folder of the part that names them (`..` steps up).
  static func resolve(_ target: String, in folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = folder.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
    }
    return parts.joined(separator: "/")
  }

  private static func read(_ archive: Archive, _ part: String, path: String, optional: Bool) throws(XLSXError) -> Data? {
    guard let entry = archive[part] else {
      if optional { return nil }
      throw .missingPart(path: path, part: part)
    }
    guard entry.uncompressedSize <= maxPartSize else { throw .tooLarge(path: path, part: part) }
    var data = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        data.append(chunk)
        if data.count > maxPartSize { throw XLSXError.tooLarge(path: path, part: part) }
      }
    } catch let error as XLSXError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: "\(part): \(error)")
    }
    return data
  }
}

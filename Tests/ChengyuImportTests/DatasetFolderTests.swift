import ChengyuCore
import ChengyuData
import Foundation
import Testing

@testable import ChengyuImport

/// Dataset folders are written whole or not at all; the template loads cleanly.
@Suite struct DatasetFolderTests {
  private func tempParent() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-folder-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  private func list(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
  }

  private let files: [(name: String, bytes: [UInt8])] = [("a.csv", Array("x\n".utf8)), ("b.csv", Array("y\n".utf8))]

  @Test func aNewFolderAppearsWhole() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try DatasetFolder.write(files, to: parent + "/new/", force: false)
    #expect(list(parent) == ["new"])  // no temporary folder left beside it
    #expect(list(parent + "/new") == ["a.csv", "b.csv"])
    #expect(FileManager.default.contents(atPath: parent + "/new/b.csv") == Data("y\n".utf8))
  }

  @Test func anEmptyFolderIsFilledAFullOneRefused() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try FileManager.default.createDirectory(atPath: parent + "/empty", withIntermediateDirectories: false)
    try DatasetFolder.write(files, to: parent + "/empty", force: false)
    #expect(list(parent + "/empty") == ["a.csv", "b.csv"])
    #expect(throws: DatasetFolder.WriteError.notEmpty(parent + "/empty")) {
      try DatasetFolder.write([("a.csv", [0x7A])], to: parent + "/empty", force: false)
    }
    #expect(FileManager.default.contents(atPath: parent + "/empty/a.csv") == Data("x\n".utf8))
    #expect(list(parent) == ["empty"])
  }

  @Test func forceReplacesTheFilesAndKeepsTheRest() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let dir = parent + "/d"
    try DatasetFolder.write(files, to: dir, force: false)
    FileManager.default.createFile(atPath: dir + "/notes.txt", contents: Data("mine".utf8))
    try DatasetFolder.write([("a.csv", Array("new\n".utf8))], to: dir, force: true)
    #expect(list(dir) == ["a.csv", "b.csv", "notes.txt"])
    #expect(FileManager.default.contents(atPath: dir + "/a.csv") == Data("new\n".utf8))
  }

  @Test func aMissingParentOrAFileInTheWay() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    #expect(throws: DatasetFolder.WriteError.noParent(parent + "/x/y", parent: parent + "/x")) {
      try DatasetFolder.write(files, to: parent + "/x/y", force: false)
    }
    FileManager.default.createFile(atPath: parent + "/f", contents: Data())
    #expect(throws: DatasetFolder.WriteError.notAFolder(parent + "/f")) {
      try DatasetFolder.write(files, to: parent + "/f", force: true)
    }
    #expect(list(parent) == ["f"])
  }

  @Test func theTemplateLoadsWithoutWarningsAndMarksItsExamples() throws {
    let reference = EmbeddedDataset.load()
    let files = DatasetTemplate.files(reference: reference, codebookFiles: EmbeddedDataset.files)
    #expect(files.map(\.name) == ["README.md"] + DatasetFiles.names)
    let contents = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
    let report = DatasetLoader.inspect(DatasetFiles(origin: "t/", contents: contents), provenance: .required)
    let d = try #require(report.dataset, "\(report.issues)")
    #expect(DatasetLoader.inspect(DatasetFiles(origin: "t/", contents: contents), provenance: .optional).warnings.isEmpty)
    #expect(d.agreements.count == 1 && d.policies.count == 1)
    let example = d.agreements[0]
    #expect(example.id.hasPrefix("EXAMPLE-"))
    #expect(example.summaryEn.hasPrefix("EXAMPLE row, copied from agreement "))
    // Copied, not invented: the same record as in the embedded data, under its original id.
    let original = try #require(reference.agreement(id: String(example.id.dropFirst("EXAMPLE-".count))))
    #expect(original.titleZh == example.titleZh && original.provenance == example.provenance)
    #expect(d.policies[0].id.hasPrefix("EXAMPLE-"))
    #expect(d.codebook == reference.codebook)
    #expect(contents["mechanisms.csv"] == EmbeddedDataset.files.contents["mechanisms.csv"])
    // The README explains every column of every file.
    let readme = String(decoding: contents["README.md"]!, as: UTF8.self)
    for column in DatasetCSV.cityHeader + DatasetCSV.agreementHeader + DatasetCSV.policyHeader {
      #expect(readme.contains(column), "README does not explain \(column)")
    }
  }
}

import ChengyuCore
import Foundation
import Testing

/// Dataset files that are not regular files: each is refused by name with its cause, and none is
/// opened in a way that can block (a FIFO with no writer used to hang the loader forever).
@Suite("Loader file types")
struct LoaderFileTypeTests {
  /// The valid fixture in a temporary folder with agreements.csv replaced by `make(path)`.
  private func agreementsIssue(_ make: (String) throws -> Void) throws -> [DatasetIssue] {
    var files = Fixtures.files("valid")
    files["agreements.csv"] = nil
    let dir = try HostileDatasets.folder(files)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try make(dir + "/agreements.csv")
    return DatasetLoader.validate(directory: dir).map { DatasetIssue(file: "agreements.csv", line: $0.line, reason: $0.reason) }
  }

  @Test func fifoIsRefusedWithoutOpeningIt() throws {
    let issues = try agreementsIssue { #expect(mkfifo($0, 0o644) == 0) }
    #expect(issues == [.at("agreements.csv", nil, "file cannot be read: it is a FIFO (named pipe), not a regular file")])
  }

  @Test func folderIsNamed() throws {
    let issues = try agreementsIssue { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
    #expect(issues == [.at("agreements.csv", nil, "file cannot be read: it is a folder, not a file")])
  }

  @Test func deviceIsNamed() throws {
    let issues = try agreementsIssue { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/null") }
    #expect(issues == [.at("agreements.csv", nil, "file cannot be read: it is a device, not a regular file")])
  }

  @Test func symlinkLoopAndDanglingLinkAreNamed() throws {
    let loop = try agreementsIssue { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: $0) }
    #expect(loop == [.at("agreements.csv", nil, "file cannot be read: it is a symbolic link loop")])
    let dangling = try agreementsIssue {
      try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: $0 + ".nowhere")
    }
    #expect(dangling == [.at("agreements.csv", nil, "file cannot be read: it is a symbolic link to nothing")])
  }

  @Test(.enabled(if: getuid() != 0, "root reads files without permission"))
  func unreadableFileSaysPermissionDenied() throws {
    let issues = try agreementsIssue {
      FileManager.default.createFile(atPath: $0, contents: Data("id\n".utf8))
      #expect(chmod($0, 0) == 0)
    }
    #expect(issues == [.at("agreements.csv", nil, "file cannot be read: permission denied")])
  }

  @Test func missingFileAndBadFolderNamesSayWhy() throws {
    let missing = try agreementsIssue { _ in }
    #expect(missing == [.at("agreements.csv", nil, "file is missing")])
    #expect(DatasetLoader.validate(directory: "") == [.at("''", nil, "is not a folder: the name is empty")])
    let file = Fixtures.file("valid", "cities.csv")
    #expect(DatasetLoader.validate(directory: file) == [.at(file, nil, "is not a folder: it is a file")])
  }

  @Test func readNamesTheCauseAndReadsRegularFiles() throws {
    #expect(FileIO.read(path: "/dev/null") == .failure(.init(isMissing: false, reason: "it is a device, not a regular file")))
    #expect(FileIO.read(path: "/nonexistent/x") == .failure(.init(isMissing: true, reason: "it does not exist")))
    #expect(FileIO.read(path: "/") == .failure(.init(isMissing: false, reason: "it is a folder, not a file")))
    let bytes = try FileIO.read(path: Fixtures.file("valid", "domains.csv")).get()
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("id,name_zh,name_en\n"))
  }
}

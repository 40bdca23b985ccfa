import ChengyuCore
import Foundation
import Testing

/// Locates the loader fixtures (Tests/ChengyuCoreTests/Fixtures/<kind>/) and loads them.
enum Fixtures {
  /// The folder of this test target, found from this file's path (no resource bundles).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

  /// The repository root (two levels above the test target).
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static func directory(_ kind: String) -> String { root + "/" + kind }

  /// The display name the loader gives to a file of a fixture.
  static func file(_ kind: String, _ name: String) -> String { directory(kind) + "/" + name }

  /// The issues the loader reports for a fixture; records a failure when it loads cleanly.
  static func issues(
    _ kind: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> [DatasetIssue] {
    do {
      _ = try DatasetLoader.load(directory: directory(kind))
      Issue.record("fixture \(kind) loaded without error", sourceLocation: sourceLocation)
      return []
    } catch {
      return error.issues
    }
  }

  /// The five files of a fixture as in-memory contents, for variants built in a test.
  static func files(_ kind: String) -> [String: [UInt8]] {
    var contents: [String: [UInt8]] = [:]
    for name in DatasetFiles.names {
      if let data = FileManager.default.contents(atPath: file(kind, name)) { contents[name] = [UInt8](data) }
    }
    return contents
  }

  /// The valid fixture with one text replaced in one file (the text must occur).
  static func valid(
    _ name: String, replacing old: String, with new: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> [String: [UInt8]] {
    var contents = files("valid")
    let text = String(decoding: contents[name] ?? [], as: UTF8.self)
    #expect(text.contains(old), "\(name) has no \(old)", sourceLocation: sourceLocation)
    contents[name] = Array(text.replacingOccurrences(of: old, with: new).utf8)
    return contents
  }

  /// The issues of in-memory dataset files, whose names show as `mem/<file>`.
  static func issues(_ contents: [String: [UInt8]]) -> [DatasetIssue] {
    do {
      _ = try DatasetLoader.load(DatasetFiles(origin: "mem/", contents: contents))
      return []
    } catch {
      return error.issues
    }
  }
}

extension DatasetIssue {
  /// Shorthand for expected issues in tests.
  static func at(_ file: String, _ line: Int?, _ reason: String) -> DatasetIssue {
    DatasetIssue(file: file, line: line, reason: reason)
  }
}

import ChengyuCore
import Foundation
import Testing

/// Variants of the valid fixture built in memory: encodings and line ends that must load, broken
/// files that must not cascade into one message per row, and arbitrary damage that must never
/// crash the loader.
@Suite("Loader robustness")
struct LoaderRobustnessTests {
  private func load(_ contents: [String: [UInt8]]) -> Result<Dataset, DatasetError> {
    Result { () throws(DatasetError) in try DatasetLoader.load(DatasetFiles(origin: "mem/", contents: contents)) }
  }

  private func issues(_ contents: [String: [UInt8]]) -> [DatasetIssue] { Fixtures.issues(contents) }

  @Test func bomAndCRLFLoadLikeThePlainFiles() throws {
    var files = Fixtures.files("valid")
    let plain = try load(files).get()
    for name in DatasetFiles.names {
      let text = String(decoding: files[name]!, as: UTF8.self)
      files[name] = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
    let variant = try load(files).get()
    #expect(variant.cities == plain.cities)
    #expect(variant.agreements == plain.agreements)
    #expect(variant.policies == plain.policies)
    #expect(variant.cities.first?.id == CityID("alpha"))  // the BOM is not part of the first header
  }

  @Test func headerOnlyFileIsAnEmptyTable() throws {
    var files = Fixtures.files("valid")
    files["policies.csv"] = Array((String(decoding: files["policies.csv"]!, as: UTF8.self)
      .split(separator: "\n").first! + "\n").utf8)
    #expect(try load(files).get().policies.isEmpty)
  }

  @Test func blankLinesOnlyIsAnEmptyFile() {
    var files = Fixtures.files("valid")
    files["policies.csv"] = Array("\n\r\n\n".utf8)
    #expect(issues(files) == [.at("mem/policies.csv", nil, "file is empty (a header row is required)")])
  }

  @Test func missingCitiesFileIsOneIssueNotOnePerParty() {
    var files = Fixtures.files("valid")
    files["cities.csv"] = nil
    #expect(issues(files) == [.at("mem/cities.csv", nil, "file is missing")])
  }

  @Test func missingCodebookFilesAreOneIssueEach() {
    var files = Fixtures.files("valid")
    files["mechanisms.csv"] = nil
    files["domains.csv"] = []
    #expect(issues(files) == [
      .at("mem/mechanisms.csv", nil, "file is missing"),
      .at("mem/domains.csv", nil, "file is empty (a header row is required)"),
    ])
  }

  @Test func badLevelIsReportedOnceAndTheCityStillResolves() {
    var files = Fixtures.files("valid")
    let text = String(decoding: files["cities.csv"]!, as: UTF8.self)
    files["cities.csv"] = Array(text.replacingOccurrences(of: "alpha,甲省,Alpha Province,province",
      with: "alpha,甲省,Alpha Province,provinc").utf8)
    // No "unknown city id" for agreements naming alpha, and no "not a provincial-level unit"
    // for the cities whose province is alpha.
    #expect(issues(files) == [
      .at("mem/cities.csv", 2, "unknown level \"provinc\" (use province, prefecture, district or county)"),
    ])
  }

  @Test func gbkCitiesFileIsOneIssue() {
    var files = Fixtures.files("valid")
    files["cities.csv"] = Fixtures.files("not-utf8-gbk")["agreements.csv"]
    #expect(issues(files) == [.at(
      "mem/cities.csv", 2,
      "file is not valid UTF-8; it looks like GBK: convert it with `iconv -f GBK -t UTF-8`")])
  }

  @Test func utf16FilesAreNamedAsUTF16() {
    // What a spreadsheet's "Unicode text" export gives: UTF-16 with a byte-order mark.
    let text = String(decoding: Fixtures.files("valid")["domains.csv"]!, as: UTF8.self)
    let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [le, be] {
      var files = Fixtures.files("valid")
      files["domains.csv"] = bytes
      #expect(issues(files) == [.at(
        "mem/domains.csv", 1,
        "file is not valid UTF-8; it looks like UTF-16 (it starts with a UTF-16 byte-order mark): convert it with `iconv -f UTF-16 -t UTF-8`")])
    }
  }

  @Test func repeatedHeaderColumnIsReported() {
    var files = Fixtures.files("valid")
    let text = String(decoding: files["domains.csv"]!, as: UTF8.self)
    let lines = text.split(separator: "\n").map { $0 + ",x" }  // header gets a second `id`
    files["domains.csv"] = Array((["id,name_zh,name_en,id"] + lines.dropFirst()).joined(separator: "\n").utf8)
    #expect(issues(files) == [
      .at("mem/domains.csv", 1, "column \"id\" appears twice in the header (fields 1 and 4)")
    ])
  }

  @Test func lineOfSpacesIsARecordWithOneField() {
    var files = Fixtures.files("valid")
    files["domains.csv"]! += Array("   \n".utf8)
    #expect(issues(files) == [.at("mem/domains.csv", 4, "has 1 field, the header has 3")])
  }

  @Test func missingFolderIsNamed() {
    let dir = Fixtures.root + "/no-such-folder"
    #expect(DatasetLoader.validate(directory: dir) == [.at(dir, nil, "is not a folder: it does not exist")])
  }

  @Test func folderWithNoFilesListsAllFive() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-empty-\(getpid())").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // In load order: the codebook, then cities, agreements and policies.
    let names = ["mechanisms.csv", "domains.csv", "cities.csv", "agreements.csv", "policies.csv"]
    #expect(DatasetLoader.validate(directory: dir)
      == names.map { .at(dir + "/" + $0, nil, "file is missing") })
  }

  /// Cuts every file at every byte offset: each load must end in a dataset or in issues that
  /// name a file of the dataset and, when they have one, a line that exists.
  @Test func truncatedFilesNeverCrash() {
    let valid = Fixtures.files("valid")
    var loads = 0
    for name in DatasetFiles.names {
      let bytes = valid[name]!
      let lines = bytes.filter { $0 == 0x0A }.count + 1
      for cut in 0..<bytes.count {
        var files = valid
        files[name] = Array(bytes[..<cut])
        for issue in issues(files) {
          #expect(issue.file.hasPrefix("mem/") && !issue.reason.isEmpty)
          if let line = issue.line { #expect((1...lines).contains(line), "\(issue)") }
        }
        loads += 1
      }
    }
    #expect(loads > 1000)
  }

  /// Overwrites random bytes (seeded, so a failure can be replayed) with bytes that matter to
  /// the parsers: quotes, separators, line ends, invalid UTF-8, ESC.
  @Test func corruptedBytesNeverCrash() {
    var rng = SplitMix64(seed: 2016)
    let nasty: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x3B, 0xFF, 0xC3, 0xB3, 0x1B, 0x00, 0x20, 0x2D]
    let valid = Fixtures.files("valid")
    for _ in 0..<2000 {
      var files = valid
      let name = DatasetFiles.names[Int(rng.next() % 5)]
      var bytes = files[name]!
      for _ in 0..<(1 + Int(rng.next() % 4)) {
        bytes[Int(rng.next() % UInt64(bytes.count))] = nasty[Int(rng.next() % UInt64(nasty.count))]
      }
      files[name] = bytes
      for issue in issues(files) { #expect(!issue.reason.isEmpty) }
    }
  }
}

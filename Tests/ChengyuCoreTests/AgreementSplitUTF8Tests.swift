@testable import ChengyuCore
import Foundation
import Testing

/// agreements.csv's UTF-8 check runs inside each part's parse (`UTF8PartCheck`), policies.csv
/// is read beside the agreements (`PoliciesBeside`), and a large agreements.csv may be mapped
/// rather than read (`MappedFile`): each gives exactly what the serial load gave.
@Suite("UTF-8 check in the split parse, policies beside, mapped file")
struct AgreementSplitUTF8Tests {
  typealias Options = DatasetLoader.Options
  typealias Split = AgreementSplitParseTests

  static func corpus(_ seed: UInt64) -> DatasetFiles {
    SyntheticCorpus(seed: seed, cities: 60, agreements: 600, policies: 40).files()
  }

  /// The files with agreements.csv's bytes changed by `edit`.
  static func editingBytes(_ files: DatasetFiles, _ edit: (inout [UInt8]) -> Void) -> DatasetFiles {
    var files = files
    edit(&files.contents["agreements.csv"]!)
    return files
  }

  /// The offset of the first byte of the `k`-th line (1-based) of `bytes`.
  static func start(ofLine k: Int, _ bytes: [UInt8]) -> Int {
    var line = 1
    for (i, b) in bytes.enumerated() where b == 0x0A {
      line += 1
      if line == k { return i + 1 }
    }
    return bytes.count
  }

  /// The only issue of a file that is not UTF-8 at `line`.
  static func notUTF8(_ files: DatasetFiles, line: Int) -> [DatasetIssue] {
    [DatasetIssue(file: files.displayName("agreements.csv"), line: line, reason: "file is not valid UTF-8")]
  }

  @Test func aBadByteInTheSecondHalfIsReportedAsByOnePass() {
    let base = Self.corpus(21)
    let lines = base.contents["agreements.csv"]!.filter { $0 == 0x0A }.count
    let late = lines - 30
    let files = Self.editingBytes(base) { bytes in
      bytes.insert(0xFF, at: Self.start(ofLine: late, bytes) + 5)
    }
    let n = Split.size(files)
    let bad = Self.start(ofLine: late, files.contents["agreements.csv"]!) + 5
    #expect(EncodingCheck.firstInvalidLine(files.contents["agreements.csv"]!) == late)
    // Split before the bad byte, at it, and just past it (the bad line then starts the first
    // part's last record or the second part).
    for from in [n / 3, n / 2, bad - 40, bad - 5, bad, bad + 1, bad + 60] {
      #expect(Split.same(files, from: from) == nil, "split from \(from)")
      let two = DatasetLoader.inspect(files, provenance: .required, progress: nil, options: Options(split: .searchingFrom(from)))
      #expect(two.issues == Self.notUTF8(files, line: late), "split from \(from)")
      #expect(two.dataset == nil)
    }
  }

  @Test func aBadByteInTheFirstHalfWinsOverOneInTheSecond() {
    let files = Self.editingBytes(Self.corpus(22)) { bytes in
      bytes.insert(0xC0, at: Self.start(ofLine: bytes.filter { $0 == 0x0A }.count - 10, bytes) + 3)
      bytes.insert(0xFE, at: Self.start(ofLine: 7, bytes) + 3)
    }
    let report = DatasetLoader.inspect(
      files, provenance: .required, progress: nil, options: Options(split: .searchingFrom(Split.size(files) / 2)))
    #expect(report.issues == Self.notUTF8(files, line: 7))
  }

  @Test func notUTF8ComesBeforeASyntaxErrorOrAMissingColumn() {
    let base = Self.corpus(23)
    let bytes = base.contents["agreements.csv"]!
    let late = bytes.filter { $0 == 0x0A }.count - 8
    // A syntax error early, the bad byte late: a single pass met the error first, yet the file
    // is reported as not UTF-8 (the check used to run before the parse).
    let both = Split.editing(base) { $0[3] = $0[3].replacingFirstQuote() }
    let withBad = Self.editingBytes(both) { b in b.insert(0xFF, at: Self.start(ofLine: late, b) + 2) }
    for options in [Options(split: .never), Options(split: .searchingFrom(Split.size(withBad) / 3))] {
      let report = DatasetLoader.inspect(withBad, provenance: .required, progress: nil, options: options)
      #expect(report.issues == Self.notUTF8(withBad, line: late))
    }
    // A header without the id column: not UTF-8 still wins.
    let noID = Self.editingBytes(base) { b in
      b.replaceSubrange(0..<2, with: Array("ix".utf8))
      b.insert(0xFF, at: Self.start(ofLine: late, b) + 2)
    }
    #expect(DatasetLoader.inspect(noID, provenance: .required, progress: nil, options: Options()).issues
      == Self.notUTF8(noID, line: late))
  }

  @Test func aCharacterAcrossTheSplitPointLoads() throws {
    // Chinese text on a row in the middle; the split searched from each byte of its characters.
    let files = Split.editing(Self.corpus(24)) { lines in
      lines[300] = lines[300].replacingFirst("Synthetic agreement", with: "成渝合作协议成渝")
    }
    let bytes = files.contents["agreements.csv"]!
    let text = String(decoding: bytes, as: UTF8.self)
    let at = try #require(text.utf8.firstRange(of: "成渝合作".utf8)).lowerBound
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: at)
    for k in 0..<12 {
      #expect(Split.same(files, from: offset + k) != nil, "split from \(offset + k)")
    }
    let one = DatasetLoader.inspect(files, provenance: .required, progress: nil, options: Options(split: .never))
    #expect(one.issues.isEmpty)
  }

  @Test func aSequenceCutByTheEndOfTheFileIsNotUTF8() {
    let files = Self.editingBytes(Self.corpus(25)) { $0 += [0xE6, 0x88] }
    let lines = files.contents["agreements.csv"]!.filter { $0 == 0x0A }.count + 1
    for options in [Options(split: .never), Options(split: .searchingFrom(Split.size(files) / 2))] {
      #expect(DatasetLoader.inspect(files, provenance: .required, progress: nil, options: options).issues
        == Self.notUTF8(files, line: lines))
    }
  }

  @Test func partsCheckedApartFindTheFirstBadByte() {
    // Random bytes, mostly ASCII with line feeds, some Chinese, a few bad: checking two parts
    // split past a line feed, a chunk at a time, finds what one check of the whole finds.
    var g = SplitMix64(seed: 5)
    let pieces: [[UInt8]] = [Array("ab,".utf8), [0x0A], Array("成".utf8), Array("渝\r\n".utf8), [0xFF], [0xE6, 0x88], [0x80]]
    for round in 0..<300 {
      var bytes: [UInt8] = []
      while bytes.count < 3_000 {
        let r = Int(g.next() % 100)
        bytes += pieces[r < 60 ? 0 : r < 75 ? 1 : r < 85 ? 2 : r < 97 ? 3 : 4 + r % 3]
      }
      if round % 3 == 0 { bytes = bytes.map { $0 >= 0x80 && $0 < 0xC0 && g.next() % 50 == 0 ? 0x41 : $0 } }
      bytes.withUnsafeBufferPointer { p in
        let whole = EncodingCheck.firstInvalidOffset(p)
        let from = Int(g.next() % UInt64(p.count))
        let middle = UTF8PartCheck.splitPoint(p, from: from)
        var first = UTF8PartCheck(0..<middle)
        var second = UTF8PartCheck(middle..<p.count)
        var position = 0
        while position < p.count {
          first.keepAhead(of: position, p)
          position += 1 + Int(g.next() % 9_000)
        }
        first.finish(p)
        second.finish(p)
        #expect((first.invalid ?? second.invalid) == whole, "round \(round), split \(middle)")
      }
    }
  }

  @Test func theLaterHalfsLinesAreShiftedToTheFiles() {
    // Line ends of every kind before the split (LF and CRLF between records, CR, CRLF and LF
    // inside quoted titles), problems after it: their lines, counted by the later half from
    // its start, come out as one pass gives them.
    let files = Split.editing(Self.corpus(29), ending: "\n") { lines in
      for k in stride(from: 3, to: 200, by: 7) { lines[k] += "\r" }
      for (k, breaks) in [(20, "\r\r\n\n"), (40, "\r\r")] {
        lines[k] = lines[k].replacingFirst("合成协议 ", with: "\"合成" + breaks + "协议 ").replacingFirst(" (synthetic)", with: " (synthetic)\"")
      }
      let late = lines.count - 40
      lines[late] = lines[late].replacingFirst(",20", with: ",20x")
      lines[late + 9] += ",extra"
      lines[late + 20] = lines[late + 20].replacingFirst("syn-", with: "nowhere-")
    }
    let one = DatasetLoader.inspect(files, provenance: .required, progress: nil, options: Options(split: .never))
    #expect(one.issues.count == 3)
    let n = Split.size(files)
    for from in [n / 3, n / 2, n * 2 / 3] { #expect(Split.same(files, from: from) != nil, "split from \(from)") }
    // A syntax error in the later half names its line in the file too.
    let broken = Split.editing(files, ending: "\n") { $0[$0.count - 12] += ",\"unclosed" }
    let error = DatasetLoader.inspect(broken, provenance: .required, progress: nil, options: Options(split: .never))
    #expect(error.issues.count == 1)
    Split.same(broken, from: Split.size(broken) / 2)
  }

  @Test func policiesReadBesideGiveTheSameReport() {
    var files = Split.editing(Self.corpus(26)) { lines in
      lines[4] = lines[4].replacingFirst(",20", with: ",20x")
    }
    var policies = String(decoding: files.contents["policies.csv"]!, as: UTF8.self).components(separatedBy: "\r\n")
    policies[3] = policies[3].replacingFirst(",20", with: ",x20")
    files.contents["policies.csv"] = Array(policies.joined(separator: "\r\n").utf8)
    for rule in [ProvenanceRule.required, .optional] {
      let serial = DatasetLoader.inspect(files, provenance: rule, progress: nil, options: Options(policiesBeside: false))
      let beside = DatasetLoader.inspect(files, provenance: rule, progress: nil, options: Options(policiesBeside: true))
      #expect(serial.issues.count == 2)
      #expect(beside.issues == serial.issues)
      #expect(beside.warnings == serial.warnings)
    }
    let clean = Self.corpus(27)
    let serial = DatasetLoader.inspect(clean, provenance: .required, progress: nil, options: Options(policiesBeside: false))
    let beside = DatasetLoader.inspect(clean, provenance: .required, progress: nil, options: Options(policiesBeside: true))
    #expect(serial.dataset?.policies.count == 40)
    #expect(beside.dataset?.policies == serial.dataset?.policies)
  }

  @Test func aMappedFileLoadsAsTheReadOne() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-mapped-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let good = Self.corpus(28)
    let bad = Self.editingBytes(good) { $0.insert(0xFF, at: Self.start(ofLine: 500, $0) + 4) }
    for files in [good, bad] {
      for name in DatasetFiles.names {
        try Data(files.contents[name]!).write(to: URL(fileURLWithPath: dir + "/" + name))
      }
      let read = DatasetFiles.read(directory: dir)
      let mapped = DatasetFiles.read(directory: dir, mapping: ["agreements.csv"], minimum: 1)
      #expect(mapped.mapped["agreements.csv"]?.count == files.contents["agreements.csv"]!.count)
      #expect(mapped.contents["agreements.csv"] == nil)
      #expect(mapped.sizes == read.sizes)
      // Ids only (as `stats`), and all text (the store then needs the bytes as an array).
      for kept in [Set([AgreementStore.TextField.id]), Set(AgreementStore.TextField.allCases)] {
        let a = DatasetLoader.inspect(read, provenance: .optional, progress: nil, options: Options(keptText: kept))
        let b = DatasetLoader.inspect(mapped, provenance: .optional, progress: nil, options: Options(keptText: kept))
        #expect(b.issues == a.issues)
        #expect(b.warnings == a.warnings)
        if let x = a.dataset?.agreements, let y = b.dataset?.agreements {
          #expect(Array(x) == Array(y))
        } else {
          #expect(a.dataset == nil && b.dataset == nil)
          #expect(b.issues == Self.notUTF8(mapped, line: 500))
        }
      }
    }
    // A small file, a folder and a missing file are not mapped (they are read, or reported).
    #expect(FileIO.map(path: dir + "/agreements.csv", minimum: 1 << 30) == nil)
    #expect(FileIO.map(path: dir, minimum: 1) == nil)
    #expect(FileIO.map(path: dir + "/none.csv", minimum: 1) == nil)
  }
}

private extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let r = range(of: target) else { return self }
    return replacingCharacters(in: r, with: replacement)
  }

  /// A quote opened in the date field and never closed the usual way: a syntax error.
  func replacingFirstQuote() -> String { replacingFirst(",20", with: ",\"20\"x") }
}

@testable import ChengyuCore
import ChengyuData
import Foundation
import Testing

/// agreements.csv parsed in two halves at once (`AgreementSplitParse`) gives exactly what one
/// pass gives: the same columns, the same problems in the same order, the same syntax error,
/// wherever the boundary is searched from.
@Suite("Agreements parsed in two halves")
struct AgreementSplitParseTests {
  typealias Options = DatasetLoader.Options

  /// Loads `files` in one pass and split from `from`, expects the same report, and returns
  /// where the split one was joined.
  @discardableResult
  static func same(
    _ files: DatasetFiles, from: Int, rule: ProvenanceRule = .required, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Int? {
    let one = DatasetLoader.inspect(files, provenance: rule, progress: nil, options: Options(split: .never))
    let two = DatasetLoader.inspect(files, provenance: rule, progress: nil, options: Options(split: .searchingFrom(from)))
    #expect(one.agreementsSplitAt == nil, sourceLocation: sourceLocation)
    #expect(two.issues == one.issues, sourceLocation: sourceLocation)
    #expect(two.warnings == one.warnings, sourceLocation: sourceLocation)
    #expect((two.dataset == nil) == (one.dataset == nil), sourceLocation: sourceLocation)
    if let a = one.dataset?.agreements, let b = two.dataset?.agreements {
      #expect(a.count == b.count, sourceLocation: sourceLocation)
      #expect(Array(a) == Array(b), sourceLocation: sourceLocation)
      #expect(a.storage.idsIncreasing == b.storage.idsIncreasing, sourceLocation: sourceLocation)
      #expect(a.confidenceNames == b.confidenceNames, sourceLocation: sourceLocation)
      #expect(a.indices.allSatisfy { a.confidenceCode($0) == b.confidenceCode($0) }, sourceLocation: sourceLocation)
    }
    return two.agreementsSplitAt
  }

  static func corpus(_ seed: UInt64, agreements: Int = 600) -> DatasetFiles {
    SyntheticCorpus(seed: seed, cities: 60, agreements: agreements, policies: 10).files()
  }

  /// The files with agreements.csv's lines (without their CR or LF) changed by `edit` (header
  /// at 0), written back with `ending` (the corpus writes CRLF).
  static func editing(_ files: DatasetFiles, ending: String = "\r\n", _ edit: (inout [String]) -> Void) -> DatasetFiles {
    var files = files
    var lines = files.contents["agreements.csv"]!.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
    }
    edit(&lines)
    files.contents["agreements.csv"] = Array(lines.joined(separator: ending).utf8)
    return files
  }

  static func size(_ files: DatasetFiles) -> Int { files.contents["agreements.csv"]!.count }

  @Test func embeddedDataAtEveryTenthOfTheFile() {
    // Its ids do not rise (E001, E002, A001 …): every split goes on in one pass.
    let files = EmbeddedDataset.files
    for k in 1...9 { #expect(Self.same(files, from: Self.size(files) * k / 10) == nil) }
    // Its rows sorted by id: the halves are joined.
    let sorted = Self.editing(files, ending: "\n") { lines in
      let rows = lines.dropFirst().filter { !$0.isEmpty }
      lines = [lines[0]] + rows.sorted { $0.prefix { $0 != "," } < $1.prefix { $0 != "," } } + [""]
    }
    for k in 1...9 { #expect(Self.same(sorted, from: Self.size(sorted) * k / 10) != nil) }
  }

  @Test(arguments: [1, 7, 42] as [UInt64])
  func syntheticCorporaAgree(seed: UInt64) {
    let files = Self.corpus(seed)
    let n = Self.size(files)
    for from in [0, 1, n / 3, n / 2, n - 400] {
      #expect(Self.same(files, from: from) != nil, "split from \(from)")
    }
    // Past the last record there is no second half: one pass.
    #expect(Self.same(files, from: n - 1) == nil)
  }

  @Test func problemsInEitherHalfKeepTheirOrder() throws {
    let files = Self.editing(Self.corpus(3)) { lines in
      lines[2] = lines[2].replacingFirst(",20", with: ",20x")  // bad date
      lines[5] += ",extra"  // field count
      lines[9] = lines[9].replacingFirst("syn-", with: "nowhere-")  // unknown party
      let late = lines.count - 20
      lines[late] = lines[late].replacingFirst(",20", with: ",20x")
      lines[late + 1] += ",extra"
      lines[late + 3] = lines[late + 3].replacingFirst("syn-", with: "nowhere-")
    }
    let one = DatasetLoader.inspect(files, provenance: .required, progress: nil, options: Options(split: .never))
    #expect(one.issues.count == 6)
    #expect(Self.same(files, from: Self.size(files) / 2) != nil)
  }

  @Test func aBoundaryInsideQuotesMovesToTheRecordsEnd() throws {
    let files = Self.editing(Self.corpus(4)) { lines in
      // A copy of a row, its id between its neighbours', whose titles span three lines.
      let fields = lines[300].split(separator: ",", omittingEmptySubsequences: false)
      let id = String(lines[299].prefix { $0 != "," }) + "a"
      let titles = "\"标题\nsecond line\",\"Title, \"\"quoted\"\"\nand more\""
      lines.insert([id, "2020", titles, String(fields[4])].joined(separator: ",") + "," + fields[5...].joined(separator: ","), at: 300)
    }
    let bytes = files.contents["agreements.csv"]!
    let text = String(decoding: bytes, as: UTF8.self)
    let start = try #require(text.utf8.firstRange(of: "\"标题\n".utf8)).lowerBound
    let inside = text.utf8.distance(from: text.utf8.startIndex, to: start) + 2
    let boundary = try #require(bytes.withUnsafeBufferPointer { AgreementSplitParse.boundary($0, from: inside) })
    // Just past the quoted record's own line feed, on the line after its three.
    let lineOfQ1 = text.utf8[..<start].filter { $0 == 0x0A }.count + 1
    #expect(bytes.withUnsafeBufferPointer { EncodingCheck.line(at: boundary, in: $0) } == lineOfQ1 + 3)
    #expect(bytes[boundary - 1] == 0x0A)
    #expect(String(decoding: bytes[boundary...].prefix(1), as: UTF8.self) == "A")
    #expect(Self.same(files, from: inside) == boundary)
    // Every start inside the quoted record finds the same boundary.
    for k in 1..<40 { Self.same(files, from: inside + k) }
  }

  @Test func syntaxErrorsInEitherHalf() {
    let base = Self.corpus(5)
    let early = Self.editing(base) { $0[3] = $0[3].replacingFirst(",20", with: ",\"20") }
    let late = Self.editing(base) { $0[$0.count - 5] += ",\"unclosed" }
    let stray = Self.editing(base) { $0[$0.count - 5] = $0[$0.count - 5].replacingFirst(",20", with: ",\"20\"x") }
    for files in [early, late, stray] {
      let one = DatasetLoader.inspect(files, provenance: .required, progress: nil, options: Options(split: .never))
      #expect(one.issues.count == 1)
      Self.same(files, from: Self.size(files) / 2)
    }
  }

  @Test func aStrayQuoteBeforeTheBoundaryFallsBackToOnePass() {
    // A quote inside an unquoted field is text: the quote count no longer finds record ends,
    // and whatever boundary it picks must not change the outcome.
    let files = Self.editing(Self.corpus(6)) { $0[10] = $0[10].replacingFirst("Synthetic agreement", with: "Synth\"etic") }
    let n = Self.size(files)
    for from in stride(from: n / 4, to: n, by: n / 7) { Self.same(files, from: from) }
  }

  @Test func idsThatDoNotRiseAreReadInOnePass() throws {
    let base = Self.corpus(8)
    // A repeat of an id of the first half in the second: "first on line" names the first half.
    let repeated = Self.editing(base) { lines in
      let id = lines[4].prefix { $0 != "," }
      let last = lines.count - 3
      lines[last] = String(id) + String(lines[last].drop { $0 != "," })
    }
    #expect(Self.same(repeated, from: Self.size(repeated) / 2) == nil)
    let one = DatasetLoader.inspect(repeated, provenance: .required, progress: nil, options: Options(split: .never))
    #expect(one.issues.map(\.reason).contains { $0.hasPrefix("duplicate id") && $0.hasSuffix("(first on line 5)") })
    // Swapped rows, no repeat: loads, in one pass.
    let swapped = Self.editing(base) { $0.swapAt(2, $0.count - 3) }
    #expect(Self.same(swapped, from: Self.size(swapped) / 2) == nil)
  }

  @Test(arguments: ["\n", "\r\n"])
  func lineEnds(ending: String) {
    let files = Self.editing(Self.corpus(9), ending: ending) { _ in }
    let withProblem = Self.editing(files, ending: ending) { $0[$0.count - 9] = $0[$0.count - 9].replacingFirst(",20", with: ",x20") }
    for f in [files, withProblem] { #expect(Self.same(f, from: Self.size(f) / 2) != nil) }
  }

  @Test func theQuoteCountIsExact() {
    // Every byte value at every offset of a word: the SWAR count against a plain one.
    var g = SplitMix64(seed: 11)
    for _ in 0..<2_000 {
      let w = g.next()
      let byte = UInt8(truncatingIfNeeded: g.next() % 4 == 0 ? w >> (8 * (g.next() % 8)) : g.next())
      let plain = (0..<8).filter { UInt8(truncatingIfNeeded: w >> (8 * $0)) == byte }.count
      #expect(AgreementSplitParse.matches(w, byte) == plain)
    }
  }
}

private extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let r = range(of: target) else { return self }
    return replacingCharacters(in: r, with: replacement)
  }
}

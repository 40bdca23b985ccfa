import ChengyuCore
import Testing

/// One fixture folder per error kind: each is `Fixtures/valid/` with one thing broken, usually
/// in several rows, and every problem must be reported with its file, line and reason.
@Suite("Loader errors: one fixture per kind")
struct LoaderErrorTests {
  /// Compares the loader's issues for a fixture with (file name, line, reason) triples, in order.
  private func expectIssues(
    _ kind: String, _ expected: [(String, Int?, String)],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = Fixtures.issues(kind, sourceLocation: sourceLocation)
    let wanted = expected.map { DatasetIssue(file: Fixtures.file(kind, $0.0), line: $0.1, reason: $0.2) }
    #expect(actual == wanted, sourceLocation: sourceLocation)
  }

  private static let dateHint = "(use YYYY, YYYY-MM or YYYY-MM-DD)"

  @Test func validBaseLoads() throws {
    let d = try DatasetLoader.load(directory: Fixtures.directory("valid"))
    #expect(d.cities.map(\.id.rawValue) == ["alpha", "beta", "gamma"])
    #expect(d.agreements.map(\.id) == ["T001", "T002"])
    #expect(d.policies.map(\.id) == ["Q001"])
    #expect(DatasetLoader.validate(directory: Fixtures.directory("valid")).isEmpty)
  }

  @Test func missingRequiredColumn() {
    expectIssues("missing-column", [
      ("agreements.csv", 1, "missing required column: mechanism"),
      ("policies.csv", 1, "missing required columns: date, source_url"),
    ])
  }

  @Test func duplicateID() {
    expectIssues("duplicate-id", [
      ("cities.csv", 5, "duplicate id \"beta\" (first on line 3)"),
      ("agreements.csv", 4, "duplicate id \"T001\" (first on line 2)"),
    ])
  }

  @Test func unknownCityInParties() {
    expectIssues("unknown-party", [
      ("agreements.csv", 2, "unknown city id \"delta\" in parties"),
      ("agreements.csv", 3, "unknown city id \"epsilon\" in parties"),
      ("agreements.csv", 3, "unknown city id \"zeta\" in parties"),
      ("policies.csv", 2, "unknown city id \"omega\" in mentions"),
    ])
  }

  @Test func unknownMechanism() {
    // Ids are exact: "Pact" is not "pact".
    expectIssues("unknown-mechanism", [
      ("agreements.csv", 2, "unknown mechanism \"treaty\" (not in mechanisms.csv)"),
      ("agreements.csv", 4, "unknown mechanism \"Pact\" (not in mechanisms.csv)"),
    ])
  }

  @Test func unknownDomain() {
    expectIssues("unknown-domain", [
      ("agreements.csv", 2, "unknown domain \"weather\" (not in domains.csv)"),
      ("agreements.csv", 3, "unknown domain \"magic\" (not in domains.csv)"),
    ])
  }

  @Test func badDateText() {
    expectIssues("bad-date", [
      ("agreements.csv", 2, "bad or impossible date \"2019/05/01\" \(Self.dateHint)"),
      ("agreements.csv", 3, "bad or impossible date \"May 2019\" \(Self.dateHint)"),
      ("agreements.csv", 4, "empty date \(Self.dateHint)"),
      ("agreements.csv", 5, "bad or impossible date \"2019-5-1\" \(Self.dateHint)"),
      ("agreements.csv", 6, "bad or impossible date \"19-01\" \(Self.dateHint)"),
      ("policies.csv", 2, "bad or impossible date \"2018-07-01T00:00\" \(Self.dateHint)"),
    ])
  }

  @Test func impossibleDate() {
    // Lines 5 (2020-02-29, a leap day) and policies line 3 (2000-02-29) are valid.
    expectIssues("impossible-date", [
      ("agreements.csv", 2, "bad or impossible date \"2019-02-30\" \(Self.dateHint)"),
      ("agreements.csv", 3, "bad or impossible date \"2019-13\" \(Self.dateHint)"),
      ("agreements.csv", 4, "bad or impossible date \"2019-02-29\" \(Self.dateHint)"),
      ("agreements.csv", 6, "bad or impossible date \"2019-04-31\" \(Self.dateHint)"),
      ("agreements.csv", 7, "bad or impossible date \"2019-00\" \(Self.dateHint)"),
      ("policies.csv", 2, "bad or impossible date \"1900-02-29\" \(Self.dateHint)"),
    ])
  }

  @Test func fewerThanTwoDistinctParties() {
    // "beta", "beta;beta", "gamma; gamma ;" and an empty cell; line 5 has two parties.
    expectIssues("too-few-parties", [
      ("agreements.csv", 2, "agreement has fewer than two distinct parties (1)"),
      ("agreements.csv", 3, "agreement has fewer than two distinct parties (1)"),
      ("agreements.csv", 4, "agreement has fewer than two distinct parties (1)"),
      ("agreements.csv", 6, "agreement has fewer than two distinct parties (0)"),
    ])
  }

  @Test func gbkFileIsNamedAsGBK() {
    // The file holds 成都合作协议 encoded with Python's `'…'.encode('gbk')`, first on line 2.
    let bytes = Fixtures.files("not-utf8-gbk")["agreements.csv"] ?? []
    #expect(bytes.starts(with: Array("id,date,".utf8)))
    #expect(bytes.contains(0xB3) && bytes.contains(0xC9))  // 成 in GBK is B3 C9
    expectIssues("not-utf8-gbk", [
      ("agreements.csv", 2,
       "file is not valid UTF-8; it looks like GBK: convert it with `iconv -f GBK -t UTF-8`"),
    ])
  }

  @Test func invalidUTF8ThatIsNotGBK() {
    // UTF-8 Chinese throughout, with one Latin-1 "é" on line 3: not GBK, so no GBK hint.
    expectIssues("not-utf8-other", [("agreements.csv", 3, "file is not valid UTF-8")])
  }

  @Test func emptyFile() {
    expectIssues("empty-file", [("policies.csv", nil, "file is empty (a header row is required)")])
  }

  @Test func missingFile() {
    expectIssues("missing-file", [("policies.csv", nil, "file is missing")])
  }

  @Test func cycleInParent() {
    // delta ⇄ epsilon is a cycle and eta is its own parent; zeta hangs below the cycle and is
    // not part of it, so it is not reported.
    expectIssues("parent-cycle", [
      ("cities.csv", 5, "cycle in parent: delta → epsilon → delta"),
      ("cities.csv", 6, "cycle in parent: epsilon → delta → epsilon"),
      ("cities.csv", 8, "cycle in parent: eta → eta"),
    ])
  }

  @Test func unknownParent() {
    expectIssues("unknown-parent", [
      ("cities.csv", 5, "unknown parent id \"omega\""),
      ("cities.csv", 6, "unknown parent id \"Beta\""),
    ])
  }

  @Test func unclosedQuote() {
    // The quote opens on line 3 of each file, so the error names line 3 even though the reader
    // only finds out at the end of the file.
    expectIssues("unclosed-quote", [
      ("agreements.csv", 3, "quoted field is not closed before the end of the file"),
      ("policies.csv", 3, "quoted field is not closed before the end of the file"),
    ])
  }

  @Test func wrongFieldCount() {
    // Record T001 spans lines 2–3 (a quoted newline), so later lines are physical lines.
    expectIssues("field-count", [
      ("agreements.csv", 4, "has 13 fields, the header has 12"),
      ("agreements.csv", 6, "has 6 fields, the header has 12"),
    ])
  }

  @Test func emptySourceURL() {
    // A cell of spaces is empty too.
    expectIssues("empty-source-url", [
      ("agreements.csv", 2, "no source_url: every record names its public source"),
      ("agreements.csv", 4, "no source_url: every record names its public source"),
      ("policies.csv", 2, "no source_url: every record names its public source"),
    ])
  }

  @Test func everyProblemOfAMixedFixtureIsReported() {
    let hint = Self.dateHint
    expectIssues("mixed", [
      ("cities.csv", 5, "duplicate id \"beta\" (first on line 3)"),
      ("cities.csv", 6, "in_region must be yes or no, not \"maybe\""),
      ("cities.csv", 6, "unknown parent id \"omega\""),
      ("agreements.csv", 3, "bad or impossible date \"2019-02-30\" \(hint)"),
      ("agreements.csv", 3, "no source_url: every record names its public source"),
      ("agreements.csv", 3, "agreement has fewer than two distinct parties (1)"),
      ("agreements.csv", 3, "unknown mechanism \"treaty\" (not in mechanisms.csv)"),
      ("agreements.csv", 3, "unknown domain \"weather\" (not in domains.csv)"),
      ("agreements.csv", 4, "unknown city id \"nobody\" in parties"),
      ("agreements.csv", 5, "duplicate id \"T001\" (first on line 2)"),
      ("policies.csv", 2, "bad or impossible date \"2019-13\" \(hint)"),
      ("policies.csv", 2, "unknown city id \"nowhere\" in mentions"),
    ])
  }

  @Test func validateListsTheSameIssues() {
    let dir = Fixtures.directory("duplicate-id")
    #expect(DatasetLoader.validate(directory: dir) == Fixtures.issues("duplicate-id"))
    #expect(DatasetLoader.validate(directory: dir).count == 2)
  }

  @Test func issueDescriptionNamesFileAndLine() {
    let issues = Fixtures.issues("duplicate-id")
    #expect(issues.first?.description
      == Fixtures.file("duplicate-id", "cities.csv") + ":5: duplicate id \"beta\" (first on line 3)")
    let whole = Fixtures.issues("missing-file")
    #expect(whole.first?.description
      == Fixtures.file("missing-file", "policies.csv") + ": file is missing")
  }
}

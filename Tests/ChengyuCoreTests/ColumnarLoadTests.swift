@testable import ChengyuCore
import ChengyuData
import Testing

/// The columnar loader (issue 11) against the row path it replaced (`ReferenceRowLoader`, kept in
/// the tests): every field of every agreement, every problem and warning, and the agreements each
/// filter dimension lets through.
@Suite("Columnar agreements vs the row path")
struct ColumnarLoadTests {
  /// Loads `files` both ways and checks they agree on agreements, issues and warnings.
  @discardableResult
  static func agree(
    _ files: DatasetFiles, rule: ProvenanceRule = .required, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Dataset? {
    let columnar = DatasetLoader.inspect(files, provenance: rule)
    let reference = ReferenceRowLoader.inspect(files, provenance: rule)
    #expect(columnar.issues == reference.issues, sourceLocation: sourceLocation)
    #expect(columnar.warnings == reference.warnings, sourceLocation: sourceLocation)
    #expect((columnar.dataset == nil) == (reference.agreements == nil), sourceLocation: sourceLocation)
    if let ds = columnar.dataset, let rows = reference.agreements {
      #expect(ds.agreements.count == rows.count, sourceLocation: sourceLocation)
      for (i, a) in rows.enumerated() where ds.agreements[i] != a {
        Issue.record("agreement \(i) differs: \(ds.agreements[i]) vs \(a)", sourceLocation: sourceLocation)
        break
      }
      // The columns say what the materialised values say.
      for i in ds.agreements.indices {
        let a = rows[i]
        guard ds.agreements.year(i) == a.date.year, ds.agreements.date(i) == a.date,
          ds.agreements.mechanism(i) == a.mechanism, ds.agreements.family(i) == a.family,
          ds.agreements.parties(i).map(Int.init) == a.parties, ds.agreements.partyCount(i) == a.parties.count,
          ds.agreements.domains(i).map(Int.init) == a.domains, ds.agreements.confidence(i) == a.provenance.confidence,
          ds.agreements.hasID(i, a.id)
        else {
          Issue.record("columns of agreement \(i) (\(a.id)) differ", sourceLocation: sourceLocation)
          break
        }
      }
    }
    return columnar.dataset
  }

  @Test func embeddedDataAgrees() throws {
    let ds = try #require(Self.agree(EmbeddedDataset.files))
    #expect(ds.agreements.count > 0)
    #expect(ds.agreements.count == EmbeddedDataset.load().agreements.count)
  }

  @Test(arguments: [1, 7, 42] as [UInt64])
  func syntheticCorporaAgree(seed: UInt64) throws {
    let files = SyntheticCorpus(seed: seed, cities: 120, agreements: 1_500, policies: 20).files()
    let ds = try #require(Self.agree(files))
    #expect(ds.agreements.count == 1_500)
    // Summaries quote their domain ("on ""water"""): a doubled quote decodes to one.
    #expect(ds.agreements.text(.summaryEn, 0).contains("\"\(ds.codebook.domains[Int(ds.agreements.domains(0).first!)].id)\""))
  }

  @Test func researcherRuleAgrees() {
    // Under `.optional` the provenance gaps are warnings, and a file without the columns warns once.
    var files = Fixtures.valid("agreements.csv", replacing: "https://example.org/t001", with: "")
    Self.agree(DatasetFiles(origin: "mem/", contents: files), rule: .optional)
    files = Fixtures.files("valid")
    let text = String(decoding: files["agreements.csv"]!, as: UTF8.self)
    let stripped = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).prefix(9).joined(separator: ",")
    }.joined(separator: "\n")
    files["agreements.csv"] = Array(stripped.utf8)
    Self.agree(DatasetFiles(origin: "mem/", contents: files), rule: .optional)
  }

  @Test(arguments: [
    "bad-date", "duplicate-id", "empty-file", "empty-source-url", "field-count", "impossible-date",
    "missing-column", "missing-file", "mixed", "not-utf8-gbk", "not-utf8-other", "parent-cycle",
    "too-few-parties", "unclosed-quote", "unknown-domain", "unknown-mechanism", "unknown-parent",
    "unknown-party", "valid",
  ])
  func fixturesGiveTheSameProblems(kind: String) {
    Self.agree(DatasetFiles.read(directory: Fixtures.directory(kind)))
  }

  @Test func hostileFilesGiveTheSameProblems() {
    let hostile: [[String: [UInt8]]] = [
      HostileDatasets.agreement(parties: 150),
      HostileDatasets.agreement(parties: 1_001),
      HostileDatasets.valid(appending: [
        // hidden characters in ids and references, controls in text, repeated and unknown parties
        "A\u{202E}9,2020,标题,Title,alpha;beta,forum,协议,roads,S.,https://example.org/x,e,high",
        "B9,2020,标题,Title,alpha;\u{200B}beta,forum,协议,roads,S.,https://example.org/x,e,high",
        "B10,2020-02-30,标题,Title,alpha;alpha;nowhere; ;,nomech,协议,roads;nodomain;;,S.,,e,high",
        "B11, 2021-03 ,\"标\u{1B}[31m题\",\"Ti\"\"tle\",\" alpha ; beta \",forum,协议,\"roads\",S.,https://example.org/x,e,high",
        "B12,2021,\"  \u{200F}spaced  \",x,alpha;beta,forum\u{7},协议,roads,S.,https://example.org/x,e,high",
        ",2021,empty id,x,alpha;beta,forum,协议,roads,S.,https://example.org/x,e,high",
        "B11,2021,dup,x,alpha;beta,forum,协议,roads,S.,https://example.org/x,e,high",
      ], to: "agreements.csv"),
    ]
    for contents in hostile {
      Self.agree(DatasetFiles(origin: "mem/", contents: contents))
    }
  }

  /// Quoted fields with doubled quotes, line breaks, controls, bidi marks, edge spaces and
  /// Chinese punctuation decode as the row path decoded them; the values are spelled out.
  @Test func quotedAndEscapedFields() throws {
    let rows = [
      "Q1,2020,\"“成渝”协议\",\"The \"\"twin\"\" cities\",alpha;beta,forum,协议,roads,"
        + "\"line one\nline two\",https://example.org/q1,e,high",
      "Q2,2020-05,\"  padded  \",\"bi\u{202E}di\",alpha;beta,forum,协议,roads,\"tab\there\","
        + "https://example.org/q2,e,medium",
    ]
    let files = DatasetFiles(origin: "mem/", contents: HostileDatasets.valid(appending: rows, to: "agreements.csv"))
    let ds = try #require(Self.agree(files))
    let q1 = try #require(ds.agreements.firstIndex { $0.id == "Q1" })
    #expect(ds.agreements.text(.titleZh, q1) == "“成渝”协议")
    #expect(ds.agreements.text(.titleEn, q1) == "The \"twin\" cities")
    #expect(ds.agreements[q1].summaryEn == "line one line two")
    let q2 = q1 + 1
    #expect(ds.agreements.text(.titleZh, q2) == "padded")
    #expect(ds.agreements.text(.titleEn, q2) == "bidi")
    #expect(ds.agreements.text(.summaryEn, q2) == "tab here")
    #expect(ds.agreements.date(q2) == CalendarDate(year: 2020, month: 5))
    #expect(ds.agreements.confidence(q2) == "medium")
  }

  @Test func codeBuiltAgreementsRoundTrip() {
    let store = AgreementStore(TestDatasets.agreements)
    #expect(Array(store) == TestDatasets.agreements)
    #expect(store.precedes(TestDatasets.A.a2, TestDatasets.A.a1))  // 2016 before 2016-03-01
    #expect(TestDatasets.small.agreement(id: "A3")?.titleEn == "Sichuan-Chongqing environment agreement")
    #expect(TestDatasets.small.agreement(id: "A") == nil)
  }
}

@Suite("Columnar order")
struct ColumnarOrderTests {
  /// `precedes` is (date, id) order whether or not the ids rise in index order (its fast path).
  @Test(arguments: [false, true])
  func precedesIsDateThenID(reversed: Bool) {
    let rows = SyntheticCorpus(seed: 5, cities: 30, agreements: 300).files()
    let ds = try! DatasetLoader.load(rows)
    let values = reversed ? Array(ds.agreements.reversed()) : Array(ds.agreements)
    let store = AgreementStore(values)
    #expect(store.storage.idsIncreasing == !reversed)
    let byColumns = store.indices.sorted { store.precedes($0, $1) }
    let byValues = values.indices.sorted { (values[$0].date, values[$0].id) < (values[$1].date, values[$1].id) }
    #expect(byColumns == byValues)
  }
}

@Suite("Agreements in date and id order")
struct AgreementOrderTests {
  /// The counting sort (ids rising) and the comparison sort give the same order.
  @Test(arguments: [false, true])
  func countingSortIsDateThenID(reversed: Bool) throws {
    let ds = try DatasetLoader.load(SyntheticCorpus(seed: 13, cities: 40, agreements: 2_000).files())
    let values = reversed ? Array(ds.agreements.reversed()) : Array(ds.agreements)
    let store = AgreementStore(values)
    #expect(store.storage.idsIncreasing == !reversed)
    #expect(store.indicesByDateAndID() == store.indices.sorted { store.precedes($0, $1) })
    #expect(AgreementStore().indicesByDateAndID() == [])
  }
}

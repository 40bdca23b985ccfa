@testable import ChengyuCore
import Testing

/// A load told to keep only some text fields (`DatasetLoader.Options.keptText`, `chengyu stats`).
@Suite("Agreements keeping some of their text")
struct AgreementKeptTextTests {
  static func load(_ files: DatasetFiles, keeping fields: Set<AgreementStore.TextField>) throws -> Dataset {
    let report = DatasetLoader.inspect(files, provenance: .required, progress: nil, options: .init(keptText: fields))
    return try #require(report.dataset)
  }

  @Test func idsOnlyKeepEveryColumnAndLetTheFileGo() throws {
    let files = AgreementSplitParseTests.corpus(12)
    let all = try Self.load(files, keeping: Set(AgreementStore.TextField.allCases)).agreements
    let ids = try Self.load(files, keeping: [.id]).agreements
    #expect(!all.storage.file.isEmpty)
    #expect(ids.storage.file.isEmpty)
    #expect(ids.storage.decoded.count == all.indices.reduce(0) { $0 + all.id($1).utf8.count })
    #expect(ids.keepsText(.id) && !ids.keepsText(.titleZh) && !ids.keepsText(.evidence))
    #expect(ids.storage.idsIncreasing == all.storage.idsIncreasing)
    #expect(ids.count == all.count)
    for i in all.indices {
      var a = all[i]
      (a.titleZh, a.titleEn, a.kindZh, a.summaryEn) = ("", "", "", "")
      (a.provenance.sourceURL, a.provenance.evidence) = ("", "")
      guard ids[i] == a, ids.dateKey(i) == all.dateKey(i), ids.confidenceCode(i) == all.confidenceCode(i) else {
        Issue.record("agreement \(i) differs")
        break
      }
    }
  }

  @Test func searchedFieldsSearchAsBefore() throws {
    let rows = [
      "Q1,2020,\"“成渝”协议\",\"The \"\"twin\"\" cities\",alpha;beta,forum,协议,roads,S.,https://example.org/q1,e,high",
      "Q2,2020-05,\"  padded  \",\"bi\u{202E}di\",alpha;beta,forum,协议,roads,\"tab\there\",https://example.org/q2,e,medium",
    ]
    let files = DatasetFiles(origin: "mem/", contents: HostileDatasets.valid(appending: rows, to: "agreements.csv"))
    let all = try Self.load(files, keeping: Set(AgreementStore.TextField.allCases))
    let searched = try Self.load(files, keeping: AgreementStore.TextField.searched)
    let q1 = try #require(searched.agreements.indices.first { searched.agreements.hasID($0, "Q1") })
    #expect(searched.agreements.text(.titleEn, q1) == "The \"twin\" cities")
    #expect(searched.agreements.text(.titleZh, q1 + 1) == "padded")
    #expect(searched.agreements.text(.summaryEn, q1 + 1) == "")
    for words in ["twin", "\"twin\"", "成渝", "Q2", "bidi", "padded", "2020", "tab"] {
      let (m, n) = (RecordMatch(words, in: all), RecordMatch(words, in: searched))
      let hits = all.agreements.indices.filter { m.matches(agreement: $0, in: all.agreements) }
      #expect(hits == searched.agreements.indices.filter { n.matches(agreement: $0, in: searched.agreements) }, "\(words)")
    }
  }
}

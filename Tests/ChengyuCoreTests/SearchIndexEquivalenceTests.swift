import ChengyuData
import Testing

@testable import ChengyuCore

/// The search pass of a filter change (`RecordMatch.passing`: the party index for words naming
/// governments, the searched columns as buffers for the other words) against testing every
/// agreement with `RecordMatch.matches`, on the embedded data, seeded synthetic corpora and
/// files with quoted, trimmed and sanitized titles.
@Suite("Search by index vs by scan")
struct SearchIndexEquivalenceTests {
  /// Words of every kind the rule knows, taken from the dataset: a government in Chinese,
  /// pinyin, initials and mixed case, a title word in each script, an id, a date, two words,
  /// words naming nothing.
  static func texts(_ ds: Dataset) -> [String] {
    let store = ds.agreements
    let a = store[store.count / 2]
    let signer = ds.cities[a.parties[0]]
    let other = ds.cities[a.parties.last!]
    let titleEn = a.titleEn.split(separator: " ").map(String.init)
    let titleZh = String(a.titleZh.prefix(2))
    return [
      signer.nameZh, signer.nameEn, signer.nameEn.uppercased(), PinyinInitials.of(signer.nameEn),
      "\(signer.nameZh) \(other.nameZh)", titleEn.first ?? "x", titleEn.last ?? "x", titleZh,
      a.id, String(a.id.suffix(3)), a.date.description, String(a.date.year), "-0",
      "\(signer.nameZh) \(titleEn.first ?? "x")", "\(titleZh) \(a.date.year)", "no-such-word-anywhere", "Z",
    ]
  }

  static func expectSame(_ ds: Dataset, _ text: String, _ level: AggregationLevel, _ label: String) {
    let match = RecordMatch(text, in: ds, aggregation: level)
    let scanned = ds.agreements.indices.filter { match.matches(agreement: $0, in: ds.agreements) }
    // The `Agreement` form of the rule agrees too (it is what `list --text` documents).
    #expect(scanned == ds.agreements.indices.filter { match.matches(ds.agreements[$0]) }, "\(label): \(text) records")
    for threads in [1, 2, 3] {
      let all = AgreementBitset(count: ds.agreements.count, full: true)
      #expect(members(match.passing(all, in: ds, threads: threads)) == scanned, "\(label): \(text) ×\(threads)")
    }
    // Starting from a narrower set keeps only its members.
    var odd = AgreementBitset(count: ds.agreements.count)
    for i in ds.agreements.indices where i % 2 == 1 { odd.insert(i) }
    #expect(members(match.passing(odd, in: ds, threads: 2)) == scanned.filter { $0 % 2 == 1 }, "\(label): \(text) odd")
  }

  static func members(_ set: AgreementBitset) -> [Int] {
    var out: [Int] = []
    set.forEach { out.append($0) }
    return out
  }

  @Test func embeddedDataAgreesForEveryKindOfWordAndLevel() {
    let ds = EmbeddedDataset.load()
    for level in AggregationLevel.allCases {
      for text in Self.texts(ds) + ["成都", "chengdu", "cd", "重庆 成都", "交通"] { Self.expectSame(ds, text, level, "embedded") }
    }
  }

  @Test(arguments: [UInt64(3), 2026])
  func syntheticCorporaAgreeForEveryKindOfWordAndLevel(seed: UInt64) throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: seed)
    let texts = Self.texts(ds)
    // The texts must exercise both paths: some name governments and some only scan.
    #expect(texts.contains { RecordMatch($0, in: ds).namesGovernments })
    #expect(texts.contains { !RecordMatch($0, in: ds).namesGovernments })
    for level in AggregationLevel.allCases {
      for text in texts { Self.expectSame(ds, text, level, "seed \(seed)") }
    }
  }

  /// Titles with doubled quotes (collapsed when read), trimmed or sanitized text (kept decoded),
  /// and loads that keep only some fields (the others read as empty).
  @Test func quotedDecodedAndUnkeptFieldsAgree() throws {
    let rows = [
      "Q1,2020,\"“成渝”协议\",\"The \"\"twin\"\" cities\",alpha;beta,forum,协议,roads,S.,https://example.org/q1,e,high",
      "Q2,2020-05,\"  padded  \",\"bi\u{202E}di\",alpha;beta,forum,协议,roads,\"tab\there\",https://example.org/q2,e,medium",
    ]
    let files = DatasetFiles(origin: "mem/", contents: HostileDatasets.valid(appending: rows, to: "agreements.csv"))
    for kept in [Set(AgreementStore.TextField.allCases), AgreementStore.TextField.searched, [.id]] {
      let ds = try AgreementKeptTextTests.load(files, keeping: kept)
      for text in ["twin", "\"twin\"", "twin\" cities", "成渝", "”协", "Q2", "bidi", "padded", "2020", "2020-05", "tab"] {
        Self.expectSame(ds, text, .signed, "kept \(kept.count)")
      }
    }
  }

  /// The party index lists each government's agreements, ascending, as the party column says.
  @Test func partyIndexListsEachGovernmentsAgreements() throws {
    let ds = try IncidenceEquivalenceTests.synthetic(seed: 3)
    let index = PartyIndex(ds)
    for c in ds.cities.indices {
      let listed = index.agreements[index.start[c]..<index.start[c + 1]].map(Int.init)
      #expect(listed == ds.agreements.indices.filter { ds.agreements.parties($0).contains(Int32(c)) })
    }
  }
}

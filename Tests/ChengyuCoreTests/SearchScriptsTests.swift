import ChengyuCore
import ChengyuData
import Testing

/// A government named in Chinese, pinyin or pinyin initials matches the same agreements (what it
/// signed; above `signed`, what anything rolled up into it signed); other words match titles in
/// the language typed (docs/cli.md, "How --text matches").
@Suite struct SearchScriptsTests {
  let small = TestDatasets.small
  let embedded = EmbeddedDataset.load()

  private func ids(_ ds: Dataset, _ text: String, _ level: AggregationLevel = .signed) -> [String] {
    var f = Filter()
    f.text = text
    f.aggregation = level
    return ds.view(f).agreements.map { ds.agreements[$0].id }
  }

  /// The agreements with a party that is `city` or (above signed) rolls up to it, whose
  /// network under the level has at least one tie: computed without the search code.
  private func signedBy(_ ds: Dataset, _ city: String, _ level: AggregationLevel) -> [String] {
    let target = ds.cityIndex[CityID(city)]!
    let rollUp = ds.rollUpMap(level)
    let all = ds.view(Filter.at(level)).agreements
    return all.filter { ds.agreements[$0].parties.contains { $0 == target || rollUp[$0] == target } }
      .map { ds.agreements[$0].id }
  }

  @Test(arguments: [AggregationLevel.signed, .city, .province])
  func threeScriptsFindTheSameAgreements(level: AggregationLevel) {
    for (city, names) in [("chengdu", ["成都", "chengdu", "CD", "cd"]), ("chongqing", ["重庆", "chongqing", "cq"])] {
      let expected = signedBy(embedded, city, level)
      #expect(!expected.isEmpty)
      for name in names { #expect(ids(embedded, name, level) == expected, "\(name) at \(level)") }
    }
  }

  @Test func rolledUpPartiesMatchAtTheCityLevel() {
    // A1 is signed by Chengdu and Chongqing themselves; A3 by Shuangliu (Chengdu) and two
    // Chongqing districts; A6 by Chengdu and two Chongqing districts.
    #expect(ids(small, "成都 重庆") == ["A1"])
    #expect(ids(small, "成都 重庆", .city) == ["A1", "A3", "A6"])
    #expect(ids(small, "chengdu cq", .city) == ids(small, "成都 重庆", .city))
    // A district named itself still matches only what it signed.
    #expect(ids(small, "双流", .city) == ["A3"])
  }

  @Test func titleWordsMatchTheTitleInTheLanguageTyped() {
    #expect(ids(small, "交通") == ["A1"])  // Chinese title 成渝交通合作协议
    #expect(ids(small, "transport") == ["A1"])  // English title
    #expect(ids(small, "川渝") == ["A3", "A4"])
    #expect(ids(small, "环境") == ["A3"])
    // "environment" is in A3's English title only; "环境" in its Chinese title only.
    #expect(ids(small, "environment") == ["A3"])
    #expect(ids(small, "transport 交通") == ["A1"])
    // A Chinese word is not looked for in English titles, nor an English word in Chinese ones.
    #expect(ids(small, "成渝 tourism").isEmpty)
  }

  @Test func aWordNamingAGovernmentDoesNotMatchTitles() {
    // A3's English title says "Chongqing", but Chongqing did not sign it.
    #expect(ids(small, "chongqing") == ["A1", "A4"])
    #expect(ids(small, "重庆") == ["A1", "A4"])
  }

  @Test func namesSelectGovernmentsAndTies() {
    let m = RecordMatch("成都", in: small)
    #expect(m.names(city: TestDatasets.C.chengdu))
    #expect(!m.names(city: TestDatasets.C.shuangliu))
    #expect(RecordMatch("cd", in: small).names(city: TestDatasets.C.chengdu))
    let both = RecordMatch("成都 tongnan", in: small)
    #expect(both.names(TestDatasets.C.chengdu, or: TestDatasets.C.tongnan))
    #expect(!both.names(TestDatasets.C.chengdu, or: TestDatasets.C.yuzhong))
    #expect(!RecordMatch("交通", in: small).names(city: TestDatasets.C.chengdu))
  }

  @Test func codesMatchFromTheirStartSoDatesNeverNameAGovernment() {
    let chengdu = embedded.cityIndex[CityID("chengdu")]!
    #expect(embedded.cityMatches(chengdu, folded: "5101"))
    #expect(!embedded.cityMatches(chengdu, folded: "0100"))
    #expect(!embedded.cities.indices.contains { embedded.cityMatches($0, folded: "2016") })
  }

  @Test func theHintCountsWhatTheCityLevelWouldFind() {
    #expect(SearchHint.agreementsAtCityLevel("成都 重庆", filter: Filter(), in: small) == 3)
    let chengdu = TestDatasets.C.chengdu, chongqing = TestDatasets.C.chongqing
    #expect(SearchHint.tiesAtCityLevel("成都 重庆", filter: Filter(), in: small) == 1)
    #expect(RecordMatch("成都 重庆", in: small).names(chengdu, or: chongqing))
    #expect(SearchHint.agreementsAtCityLevel("没有这个", filter: Filter(), in: small) == 0)
  }
}

extension Filter {
  /// No restriction, at `level`.
  static func at(_ level: AggregationLevel) -> Filter {
    var f = Filter()
    f.aggregation = level
    return f
  }
}

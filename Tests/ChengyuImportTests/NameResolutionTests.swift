import ChengyuCore
import Testing

@testable import ChengyuImport

/// Names as coding sheets write them, resolved against the embedded dataset and the gazetteer.
@Suite struct NameResolutionTests {
  typealias S = ImportSupport

  @Test func fullAndShortNamesKeepTheDatasetID() {
    #expect(S.id("成都市") == "chengdu")
    #expect(S.id("成都") == "chengdu")
    #expect(S.id("重庆") == "chongqing")
    #expect(S.id("四川") == "sichuan")
    #expect(S.id("成都市人民政府") == "chengdu")
    #expect(S.note("成都") == nil)
    #expect(S.note("成都市") == nil)
  }

  @Test func autonomousPrefecturesByTheirShortNames() {
    #expect(S.id("凉山州") == "liangshan")
    #expect(S.id("凉山") == "liangshan")
    #expect(S.id("阿坝州") == "aba")
  }

  @Test func formerNamesAndChangedSuffixesResolveWithANote() {
    #expect(S.id("潼南县") == "tongnan")
    #expect(S.note("潼南县") == "潼南县 read as 潼南区 (tongnan)")
    #expect(S.id("万县市") == "wanzhou")
    // The gazetteer still has 隆昌县 (code 511028); the dataset's 隆昌市 stands for it.
    #expect(S.id("隆昌县") == "longchang")
    #expect(S.place("cn511028") == nil)
    // No former name recorded: the other suffix still finds it.
    #expect(S.id("简阳县") == "jianyang")
    #expect(S.note("简阳县") == "简阳县 read as 简阳市 (jianyang)")
  }

  @Test func divisionsOutsideTheDatasetGetGazetteerIDs() throws {
    #expect(S.id("海淀区") == "cn110108")
    let haidian = try #require(S.place("cn110108"))
    #expect(haidian.level == .district)
    #expect(haidian.parent.map { S.directory.places[$0].id.rawValue } == "cn110000")
    #expect(S.directory.places[haidian.province].id.rawValue == "cn110000")
    // A prefecture of the dataset is the parent of its gazetteer districts.
    let wuhou = try #require(S.place("cn510107"))
    #expect(wuhou.parent.map { S.directory.places[$0].id.rawValue } == "chengdu")
  }

  @Test func anAmbiguousNameIsAnErrorWithoutContext() {
    let found = S.id("市中区")
    #expect(found.hasPrefix("ambiguous: "))
    for id in ["shizhong-neijiang", "cn511102", "cn370103", "cn370402"] { #expect(found.contains(id), "\(found)") }
    #expect(S.id("朝阳区") == "ambiguous: cn110105 cn220104")
  }

  @Test func theSheetsContextDecides() {
    #expect(S.id("市中区", parent: "乐山") == "cn511102")
    #expect(S.id("市中区", parent: "内江市") == "shizhong-neijiang")
    #expect(S.id("市中区", province: "山东") == "ambiguous: cn370103 cn370402")
    #expect(S.id("市中区", province: "山东省", parent: "济南") == "cn370103")
    #expect(S.id("朝阳区", province: "北京") == "cn110105")
    // A context that fits none of them leaves the name ambiguous.
    #expect(S.id("朝阳区", province: "四川").hasPrefix("ambiguous: "))
  }

  @Test func aQualifiedNameDecides() {
    #expect(S.id("内江市市中区") == "shizhong-neijiang")
    // 乐山 + 市中区, the 市 shared: the only split that names a place inside the first.
    #expect(S.id("乐山市中区") == "cn511102")
    #expect(S.id("山东省济南市市中区") == "cn370103")
    #expect(S.id("北京市朝阳区") == "cn110105")
    #expect(S.id("四川省成都市") == "chengdu")
  }

  @Test func aShortNameMeansTheLargerUnit() {
    // 广安 is both 广安市 and its 广安区; 宜宾 also the gazetteer's 宜宾县 inside 宜宾市.
    #expect(S.id("广安") == "guangan")
    #expect(S.id("宜宾") == "yibin")
    #expect(S.id("广安区") != "guangan")
  }

  @Test func unknownNamesGetCloseMatches() {
    #expect(S.id("成都高新区").hasPrefix("unknown: chengdu"))
    #expect(S.id("成督市").hasPrefix("unknown: chengdu"))
    #expect(S.id("成都市交通运输局").hasPrefix("unknown: chengdu"))
    #expect(S.id("乐山室").contains("leshan"))
    #expect(S.id("Xyzzy") == "unknown: ")
  }

  @Test func editDistance() {
    #expect(PlaceDirectory.editDistance(Array("成都市"), Array("成督市"), limit: 2) == 1)
    #expect(PlaceDirectory.editDistance(Array("成都"), Array("成都市"), limit: 2) == 1)
    #expect(PlaceDirectory.editDistance(Array("abc"), Array("xyz"), limit: 1) == 2)
  }
}

extension NameResolutionTests {
  /// Every government of the embedded dataset is found by its own Chinese name (or, where the
  /// name is shared, listed among the candidates and found when qualified by its parent).
  @Test func everyDatasetGovernmentResolvesToItself() {
    let d = S.reference
    for (i, city) in d.cities.enumerated() {
      switch S.directory.resolve(city.nameZh) {
      case .found(let p, _):
        #expect(p == i, "\(city.nameZh) → \(S.directory.places[p].id), not \(city.id)")
      case .ambiguous(let ps):
        #expect(ps.contains(i), "\(city.nameZh) ambiguous without \(city.id)")
        let parent = city.parent.flatMap { d.city($0) }?.nameZh ?? ""
        #expect(S.id(parent + city.nameZh) == city.id.rawValue, "\(parent)\(city.nameZh)")
      case .unknown:
        Issue.record("\(city.nameZh) (\(city.id)) not found")
      }
    }
  }

  /// A dataset government with a code the gazetteer knows stands for that division: the
  /// division gets no second place of its own.
  @Test func datasetGovernmentsAbsorbTheirGazetteerDivisions() {
    let codes = Set(S.directory.places.filter { if case .gazetteer = $0.origin { true } else { false } }.compactMap(\.code))
    for city in S.reference.cities where Gazetteer.embedded.division(city.adcode) != nil {
      #expect(!codes.contains(city.adcode), "\(city.id) (\(city.adcode)) has a gazetteer twin")
    }
  }
}

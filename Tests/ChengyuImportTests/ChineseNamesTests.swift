import Testing

@testable import ChengyuImport

@Suite struct ChineseNamesTests {
  @Test func shortFormsDropTheSuffix() {
    #expect(ChineseNames.shortForms("成都市") == ["成都"])
    #expect(ChineseNames.shortForms("四川省") == ["四川"])
    #expect(ChineseNames.shortForms("潼南区") == ["潼南"])
    #expect(ChineseNames.shortForms("梁平县") == ["梁平"])
  }

  @Test func autonomousAreasDropTheNationalities() {
    #expect(ChineseNames.shortForms("凉山彝族自治州") == ["凉山", "凉山州"])
    #expect(ChineseNames.shortForms("阿坝藏族羌族自治州") == ["阿坝", "阿坝州"])
    #expect(ChineseNames.shortForms("酉阳土家族苗族自治县") == ["酉阳", "酉阳县"])
    #expect(ChineseNames.shortForms("新疆维吾尔自治区") == ["新疆"])
    #expect(ChineseNames.shortForms("广西壮族自治区") == ["广西"])
  }

  @Test func oneCharacterStemsAreNotShortForms() {
    #expect(ChineseNames.shortForms("沙县").isEmpty)
    #expect(ChineseNames.shortForms("成都").isEmpty)
  }

  @Test func theGovernmentAsSignatoryIsItsPlace() {
    #expect(ChineseNames.normalized(" 成都市人民政府\u{3000}") == "成都市")
    #expect(ChineseNames.normalized("重庆市政府") == "重庆市")
    #expect(ChineseNames.normalized("政府") == "政府")
    #expect(ChineseNames.trimmed("\t标题 ") == "标题")
  }
}

import ChengyuCore
import Testing

/// The message catalogue: every key has English and Chinese text with the same placeholders, and
/// the language follows `--lang`, else LC_ALL, LC_MESSAGES, LANG.
@Suite struct CatalogueTests {
  @Test func everyKeyHasTextInBothLanguages() {
    let all = MessageCatalogue.all
    #expect(all.count == Msg.allCases.count + CLIMsg.allCases.count + CLIReportMsg.allCases.count + TUIMsg.allCases.count
      + TUICommandMsg.allCases.count + TUIHintMsg.allCases.count + TUIStatusMsg.allCases.count
      + TUIAnalysisMsg.allCases.count + TUIPictureMsg.allCases.count + WorkMsg.allCases.count)
    var missing: [String] = []
    for (key, texts) in all {
      if texts.en.trimmingCharacters(in: " ").isEmpty { missing.append("\(key) en") }
      if texts.zh.trimmingCharacters(in: " ").isEmpty { missing.append("\(key) zh") }
    }
    #expect(missing.isEmpty, "keys without text: \(missing)")
    #expect(Set(all.map(\.key)).count == all.count)
  }

  @Test func bothLanguagesUseTheSamePlaceholders() {
    for (key, texts) in MessageCatalogue.all {
      #expect(
        Set(MessageCatalogue.placeholders(texts.en)) == Set(MessageCatalogue.placeholders(texts.zh)),
        "\(key): \(texts.en) / \(texts.zh)")
    }
  }

  @Test func chineseTextsAreChinese() {
    // Every Chinese text holds a Han character: a text copied from English by mistake fails.
    // A separator may be Chinese punctuation alone (、).
    for (key, texts) in MessageCatalogue.all {
      let scalars = texts.zh.unicodeScalars
      let han = scalars.contains { (0x4E00...0x9FFF).contains($0.value) }
      let punctuation = !scalars.isEmpty && scalars.allSatisfy { (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
      #expect(han || punctuation, "\(key): \(texts.zh)")
    }
  }

  @Test func placeholdersAreFilledInTheirOwnOrder() {
    #expect(Msg.countOf.text(.en, 4, "18 agreements") == "4 of 18 agreements")
    #expect(Msg.countOf.text(.zh, 4, "18 项协议") == "显示 4 / 共 18 项协议")
    #expect(CLIMsg.noteCountedAs.text(.zh, "chengdu", "市级") == "在市级层级计为 chengdu")
    #expect(MessageCatalogue.placeholders("{2} and {1}, {2}") == [2, 1])
    #expect(CountNoun.ties.count(1, .en) == "1 tie" && CountNoun.ties.count(2, .en) == "2 ties")
    #expect(CountNoun.nodes(.province).count(13, .zh) == "13 个省级单位")
  }

  @Test func vocabularyFollowsTheLanguage() {
    #expect(MechanismFamily.governance.name(.zh) == "治理" && MechanismFamily.collaboration.letter(.zh) == "协")
    #expect(AdminLevel.allCases.map { $0.name(.zh) } == ["省级", "地级", "区", "县"])
    #expect(AdminLevel.allCases.map { $0.name(.en) } == AdminLevel.allCases.map(\.rawValue))
    #expect(AggregationLevel.allCases.map { $0.name(.en) } == AggregationLevel.allCases.map(\.rawValue))
  }

  @Test func languageCodesAndLocales() {
    #expect(Language(code: "zh") == .zh && Language(code: "ZH") == .zh && Language(code: "zh_CN.UTF-8") == .zh)
    #expect(Language(code: "en") == .en && Language(code: "en_GB") == .en)
    #expect(Language(code: "fr") == nil && Language(code: "") == nil)
    func locale(_ env: [String: String]) -> Language { Language.fromLocale { env[$0] } }
    #expect(locale([:]) == .en)
    #expect(locale(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(locale(["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)  // LC_ALL first
    #expect(locale(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]) == .zh)  // then LC_MESSAGES
    #expect(locale(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .zh)  // an empty variable is unset
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}

import ChengyuCore
import Testing

@testable import ChengyuTUI

/// The `:` palette finds commands by their Chinese titles, by the pinyin of those titles and by
/// its initials, as well as by the English long names and titles.
@Suite struct PaletteChineseTests {
  private func first(_ text: String) -> String? { explorer().paletteMatches(text).first?.id }

  @Test func chineseTitlesMatch() {
    #expect(first("清除筛选") == "filter-clear")
    #expect(first("导出") == "export")
    #expect(first("地图") == "show-map")
    #expect(explorer().paletteMatches("筛选").map(\.id).contains("filter-panel"))
    // The same text typed in a Chinese interface finds the same command.
    #expect(explorer(Size(width: 80, height: 24), language: .zh).paletteMatches("退出").first?.id == "quit")
  }

  @Test func pinyinAndInitialsMatch() {
    #expect(first("qcsx") == "filter-clear")
    #expect(first("qingchushaixuan") == "filter-clear")
    #expect(first("ditu") == "show-map")
    #expect(first("chonghui") == "redraw")
    #expect(explorer().paletteMatches("shaixuan").map(\.id).contains("filter-panel"))
    // English names still come first for English text.
    #expect(first("export") == "export" && first("quit") == "quit")
    #expect(explorer().paletteMatches("zzzzqqq").isEmpty)
  }

  /// Every command's Chinese title has its pinyin (scripts/gen-command-pinyin.py writes the table).
  @Test func everyChineseTitleHasItsPinyin() {
    let missing = CommandRegistry.all.map { $0.title(.zh) }.filter { CommandPinyin.table[$0] == nil }
    #expect(missing.isEmpty, "run scripts/gen-command-pinyin.py: \(missing)")
  }

  @Test func paletteShowsChineseMatchesOnScreen() {
    let f = frame(explorer(Size(width: 120, height: 40), language: .zh, [.beginCommand] + "qcsx".map { .promptInput(String($0)) }))
    let text = f.lines.joined(separator: "\n")
    #expect(text.contains("filter-clear") && text.contains("清除所有筛选"))
  }
}

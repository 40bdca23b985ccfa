import ChengyuCore
@testable import ChengyuTUI
import Foundation
import Testing

/// The explorer in Chinese: tabs, hint bar, rows in one language, headers over their columns by
/// display width, and no English left on the screens that show no ids.
@Suite struct ChineseInterfaceTests {
  @Test func opensWithChineseTabsAndQuitHint() {
    let f = frame(explorer(Size(width: 120, height: 40), language: .zh))
    for tab in ["1 城市", "2 关系", "3 协议", "4 政策", "5 时间线", "6 指标", "7 帮助"] {
      #expect(f.lines[0].contains(tab), "tab \(tab) in \(f.lines[0])")
    }
    #expect(f.lines[f.lines.count - 1].trimmingCharacters(in: .whitespaces).hasSuffix("q 退出"))
    #expect(f.lines[1].contains("筛选：全部机制") && f.lines[1].contains("个节点"))
    // English stays as it was.
    let en = frame(explorer(Size(width: 120, height: 40), []))
    #expect(en.lines[0].contains("1 Cities") && en.lines[en.lines.count - 1].contains("q quit"))
  }

  @Test func asciiModeStaysEnglish() {
    let s = explorer(Size(width: 80, height: 24), language: .zh, [.toggleASCII])
    #expect(s.lang == .en)
    #expect(frame(s).lines[0].contains("Cities"))
  }

  /// `遂宁市 Suining 四川省 prefecture` becomes `遂宁市 四川省 地级` at 80 columns; the pinyin
  /// comes back where the table has room.
  @Test func rowsDoNotMixLanguages() throws {
    let narrow = frame(explorer(Size(width: 80, height: 24), language: .zh, [.beginSearch, .promptInput("遂"), .promptInput("宁"), .promptCommit]))
    let row = try #require(narrow.lines.first { $0.contains("遂宁市") && $0.contains("四川省") })
    #expect(row.contains("地级") && !row.contains("Suining") && !row.contains("prefecture"))
    let wide = frame(explorer(Size(width: 100, height: 30), language: .zh, [.beginSearch, .promptInput("遂"), .promptInput("宁"), .promptCommit]))
    #expect(wide.lines.contains { $0.contains("遂宁市") && $0.contains("Suining") && $0.contains("地级") })
  }

  /// Each column header starts where its column's cells start, measured in display columns:
  /// Chinese labels are two columns a character, so a count by characters would drift.
  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func headersAlignWithTheirColumns(_ size: Size) {
    let cases: [(Action?, [String])] = [
      (nil, ["城市", "省份", "层级", "度数", "加权度", "中介"]),
      (.show(.ties), ["城市", "合作方", "权重", "机制", "年份"]),
      (.show(.agreements), ["日期", "编号", "治/协", "签署方", "标题"]),
      (.show(.policies), ["日期", "编号", "发文机关", "标题"]),
    ]
    for (action, headers) in cases {
      let s = explorer(size, language: .zh, action.map { [$0] } ?? [])
      let f = frame(s)
      let header = f.lines[2]
      var last = -1
      for h in headers {
        let x = try? #require(column(of: h, in: header), "\(h) in \(header)")
        guard let x else { continue }
        #expect(x > last, "\(h) after the previous header in \(header)")
        last = x
      }
      // A header and the cell under it start at the same display column (left-aligned columns).
      let first = f.lines[3]
      #expect(column(of: String(first.drop { $0 == " " }.prefix(1)), in: first) == column(of: String(header.drop { $0 == " " }.prefix(1)), in: header))
    }
  }

  /// Screens that show no ids or file names hold no English word in Chinese (a word left out of
  /// the catalogue would show here); keys (Enter, Esc, Tab) and the program name are allowed.
  @Test func chineseScreensHoldNoEnglishWords() {
    let allowed: Set<String> = ["Left", "Right", "Up", "Down", "Enter", "Esc", "Space", "Tab", "esc", "enter", "tab", "shift", "ctrl", "pgdown", "pgup", "home", "end", "space"]
    let screens: [[Action]] = [[], [.show(.ties)], [.show(.agreements)], [.show(.policies)], [.show(.timeline)],
                               [.show(.measures)], [.show(.filters)], [.show(.city(cityIndex("chengdu")))], [.show(.ties), .open],
                               [.show(.of(.map))], [.show(.of(.matrix)), .move(1)]]
    for actions in screens {
      for size in [Size(width: 80, height: 24)] {
        let f = frame(explorer(size, language: .zh, actions))
        // Titles of agreements and policies are Chinese in the data; the words found are ours.
        let words = f.lines.joined(separator: "\n").split { !$0.isASCII || !$0.isLetter }.map(String.init)
          .filter { $0.count >= 3 && !$0.allSatisfy { "GC".contains($0) } }  // the map's one-cell family letters
        let english = Set(words).subtracting(allowed)
        #expect(english.isEmpty, "\(actions): \(english.sorted())")
      }
    }
  }

  @Test func statusMessagesFollowTheLanguage() {
    var s = explorer(Size(width: 80, height: 24), language: .zh)
    _ = reduce(&s, .cycleFamily)
    #expect(s.status == "机制类别：治理")
    _ = reduce(&s, .sortNext)
    #expect(s.status?.hasPrefix("按") == true)
    _ = reduce(&s, .clearFilters)
    #expect(s.status == "已清除筛选")
    var e = explorer([.cycleFamily])
    #expect(e.status == "Mechanism family: governance")
    _ = reduce(&e, .clearFilters)
    #expect(e.status == "Filters cleared")
  }

  @Test func helpShowsChineseCommandTexts() {
    let f = frame(explorer(Size(width: 120, height: 40), language: .zh, [.show(.help)]))
    let text = f.lines.joined(separator: "\n")
    #expect(text.contains("移动") && text.contains("选择下一行。"))
    #expect(CommandRegistry.all.allSatisfy { !$0.title(.zh).isEmpty && $0.help(.zh) != $0.help })
  }

  /// The display column where `text` starts in `line`, or nil.
  func column(of text: String, in line: String) -> Int? {
    guard !text.isEmpty, let r = line.range(of: text) else { return nil }
    return DisplayWidth.of(String(line[..<r.lowerBound]))
  }
}

import ChengyuCore
import Foundation
import Testing

/// `--lang zh|en`, else the locale (LC_ALL, then LC_MESSAGES, then LANG): tables, `stats` and
/// `show` follow it; JSON, CSV and ids do not.
@Suite struct LanguageTests {
  @Test func tableHeadersFollowTheLanguage() throws {
    let zh = try CLI.run(["list", "ties", "--lang", "zh", "--limit", "2"])
    #expect(zh.stdoutLines[0].split(separator: " ").map(String.init) == ["甲方", "名称", "乙方", "名称", "权重", "治", "协", "机制"])
    #expect(zh.stderr.hasPrefix("前 2 / 共 "))
    let en = try CLI.run(["list", "ties", "--lang", "en", "--limit", "2"])
    #expect(en.stdoutLines[0].hasPrefix("a "))
    let cities = try CLI.run(["list", "cities", "--lang", "zh", "--text", "chengdu"])
    #expect(cities.stdoutLines[0].split(separator: " ").map(String.init) == ["编号", "名称", "拼音名", "省份", "级别", "规划区", "度数", "加权度"])
    #expect(cities.stdoutLines[2].contains(" 地级 ") && cities.stdoutLines[2].contains(" 是 "), "\(cities.stdoutLines[2])")
  }

  /// Chinese headers are wider than English ones: columns still align by display width (the
  /// last column is right-aligned, so every line ends at the same display column).
  @Test func chineseTablesAlignByDisplayWidth() throws {
    let r = try CLI.run(["list", "cities", "--lang", "zh"])
    let lines = r.stdoutLines.filter { !$0.isEmpty }
    #expect(lines.count == 2 + Reference.dataset.cities.count)
    #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
    let header = lines[0]
    let levelColumn = DisplayWidth.of(header[..<header.range(of: "级别")!.lowerBound])
    for line in lines.dropFirst(2) {
      let level = try #require(["省级", "地级", " 区", " 县"].compactMap { line.range(of: " " + $0.trimmingCharacters(in: .whitespaces) + " ") }.first)
      #expect(DisplayWidth.of(line[..<level.lowerBound]) + 1 == levelColumn, "\(line)")
    }
  }

  @Test func theLocaleChoosesWhenLangIsNotGiven() throws {
    let zh = try CLI.run(["stats"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(zh.stdout.hasPrefix("数据：embedded"))
    let overridden = try CLI.run(["stats"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"])
    #expect(overridden.stdout.hasPrefix("source: embedded"))
    let messages = try CLI.run(["stats"], environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"])
    #expect(messages.stdout.hasPrefix("数据："))
    let flag = try CLI.run(["stats", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(flag.stdout.hasPrefix("source: "))
  }

  @Test func statsAndShowInChinese() throws {
    let stats = try CLI.run(["stats", "--lang", "zh"])
    for line in ["城市", "协议", "政策", "关系", "节点", "密度"] {
      #expect(stats.stdoutLines.contains { $0.hasPrefix(line + " ") }, "\(line)")
    }
    #expect(stats.stdout.contains("年份  协议  治理  协作  政策"))
    let city = try CLI.run(["show", "成都", "--lang", "zh"])
    #expect(city.stdout.contains("合作方（") && city.stdout.contains("协议（"))
    #expect(city.stdoutLines[1].hasPrefix("  级别") && city.stdoutLines[1].contains("地级"))
    let agreement = try CLI.run(["show", "A001", "--lang", "zh"])
    #expect(agreement.stdout.contains("来源网址") && agreement.stdout.contains("签署方（"))
  }

  @Test func jsonAndCSVStayEnglish() throws {
    for args in [["list", "cities", "--format", "csv"], ["list", "ties", "--format", "json"], ["stats", "--json"],
                 ["show", "chengdu", "--json"], ["list", "agreements", "--format", "csv"]] {
      let en = try CLI.run(args + ["--lang", "en"]), zh = try CLI.run(args + ["--lang", "zh"])
      #expect(en.status == 0 && en.stdoutBytes == zh.stdoutBytes, "\(args)")
      #expect(zh.stderr.isEmpty, "\(args)")
    }
  }

  @Test func everyCommandTakesLang() throws {
    for args in [["stats"], ["list", "policies"], ["show", "P001"], ["compare", "--periods", "2011-2015,2016-2017"],
                 ["export", "--format", "json"], ["validate"]] {
      let r = try CLI.run(args + ["--lang", "zh"])
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
    let script = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-lang-\(UUID().uuidString).txt")
    try "j\n".write(to: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: script) }
    let explore = try CLI.run(["explore", "--lang", "zh", "--script", script.path])
    #expect(explore.status == 0, "\(explore.stderr)")
  }
}

/// `stats --measures` names its measures from the core's measure table in either language.
@Suite struct MeasureNamesLanguageTests {
  @Test func measuresTableInChinese() throws {
    let r = try CLI.run(["stats", "--measures", "--lang", "zh"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("整体网指标"))
    let header = try #require(r.stdoutLines.first { $0.hasPrefix("编号 ") })
    for d in MeasureTable.cities { #expect(header.contains(d.headerZh), "\(d.id)") }
    for d in MeasureTable.network where d.inTextSummary {
      #expect(r.stdoutLines.contains { $0.hasPrefix(d.titleZh + " ") }, "\(d.id)")
    }
  }
}

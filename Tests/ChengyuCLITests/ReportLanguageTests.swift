import ChengyuCore
import Foundation
import Testing

/// The report texts of `compare`, `validate`, `init`, `import`, `show --ego` and `show --after`
/// follow `--lang` (and the locale); JSON, ids, exit codes and the `file:line: reason` lines do not.
@Suite struct ReportLanguageTests {
  private func tempParent() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-lang-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func comparePeriodsInBothLanguages() throws {
    let args = ["compare", "--periods", "2011-2015,2016-2017"]
    let zh = try CLI.run(args + ["--lang", "zh"]), en = try CLI.run(args + ["--lang", "en"])
    #expect(zh.status == 0 && en.status == 0)
    #expect(zh.stdoutLines[0] == "筛选：无    汇总层级：签署方")
    #expect(en.stdoutLines[0] == "filter: none    aggregation: signed")
    for row in ["协议数", "节点数", "关系数", "密度", "成分数", "最大成分", "平均聚类系数", "度数 第 1 名", "中介 第 1 名"] {
      #expect(zh.stdoutLines.contains { $0.hasPrefix(row + " ") }, "\(row)")
    }
    for row in ["agreements", "nodes", "ties", "density", "components", "largest component", "average clustering", "degree #1"] {
      #expect(en.stdoutLines.contains { $0.hasPrefix(row + " ") }, "\(row)")
    }
    #expect(zh.stdout.contains("关系 2011-2015 → 2016-2017：新增 ") && zh.stdout.contains("个行动者的密度："))
    #expect(en.stdout.contains("ties 2011-2015 → 2016-2017: ") && en.stdout.contains(" appeared, "))
    // The rows are the same numbers in either language.
    let numbers = { (r: CLIResult) in r.stdoutLines.prefix(10).map { $0.split(separator: " ").filter { Double($0) != nil } } }
    #expect(numbers(zh) == numbers(en))
    #expect(!zh.stdout.contains(" appeared") && !zh.stdout.contains("weighted"))
    let json = ["compare", "--periods", "stages", "--json"]
    #expect(try CLI.run(json + ["--lang", "zh"]).stdoutBytes == (try CLI.run(json + ["--lang", "en"])).stdoutBytes)
  }

  @Test func compareLayersInBothLanguages() throws {
    let args = ["compare", "--layers", "governance,collaboration", "--ties", "3", "--permutations", "50"]
    let zh = try CLI.run(args + ["--lang", "zh"]), en = try CLI.run(args + ["--lang", "en"])
    #expect(zh.status == 0 && en.status == 0)
    #expect(zh.stdoutLines[0].hasPrefix("筛选：无    汇总层级：签署方    网络层：governance 治理"))
    #expect(en.stdoutLines[0].hasPrefix("filter: none    aggregation: signed    layers: governance "))
    #expect(zh.stdout.contains("仅在 governance 中的关系：") && zh.stdout.contains("两层都有：") && zh.stdout.contains("Jaccard 系数："))
    #expect(zh.stdout.contains("QAP 相关系数（关系有无 0/1，基于任一层的 ") && zh.stdout.contains("50 次置换，随机种子 1"))
    #expect(zh.stdout.contains("两层都有的关系：") && zh.stdout.contains("另有 "))
    #expect(zh.stdoutLines.contains { $0.hasPrefix("编号 ") && $0.contains("名称") && $0.contains("governance 度数") })
    #expect(en.stdout.contains("ties only in governance: ") && en.stdout.contains("QAP correlation (tie presence 0/1 over the "))
    #expect(en.stdoutLines.contains { $0.hasPrefix("id ") && $0.contains("degree governance") })
    let json = args + ["--json"]
    #expect(try CLI.run(json + ["--lang", "zh"]).stdoutBytes == (try CLI.run(json + ["--lang", "en"])).stdoutBytes)
    // The locale decides without --lang.
    let locale = try CLI.run(args, environment: ["LANG": "zh_CN.UTF-8"])
    #expect(locale.stdoutBytes == zh.stdoutBytes)
  }

  @Test func validateSummaryFollowsTheLanguageButNotTheProblemLines() throws {
    let zh = try CLI.run(["validate", "--lang", "zh"]), en = try CLI.run(["validate", "--lang", "en"])
    let ds = Reference.dataset
    #expect(zh.stdout == "通过：\(ds.cities.count) 个城市、\(ds.agreements.count) 项协议、\(ds.policies.count) 份政策文件、"
      + "\(ds.codebook.mechanisms.count) 种机制、\(ds.codebook.domains.count) 个领域（embedded）\n")
    #expect(en.stdout.hasPrefix("ok: \(ds.cities.count) cities, "))
    let bad = CLI.fixture("malformed")
    let zhBad = try CLI.run(["validate", bad, "--lang", "zh"]), enBad = try CLI.run(["validate", bad, "--lang", "en"])
    #expect(zhBad.status == 65 && enBad.status == 65)
    let (zl, el) = (zhBad.stderr.split(separator: "\n"), enBad.stderr.split(separator: "\n"))
    #expect(zl.dropLast() == el.dropLast())  // file:line: reason, the same in both
    #expect(zl.last?.hasPrefix("chengyu: \(bad) 中有 ") == true && zl.last?.hasSuffix(" 个问题") == true)
    #expect(el.last?.hasPrefix("chengyu: ") == true && el.last?.contains(" problems in \(bad)") == true)
  }

  @Test func initAndImportInBothLanguages() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let zhInit = try CLI.run(["init", parent + "/zh", "--lang", "zh"])
    #expect(zhInit.status == 0)
    #expect(zhInit.stderr.hasPrefix("chengyu: 已写入 \(parent)/zh：README.md, cities.csv, "))
    #expect(zhInit.stderr.contains("chengyu: 下一步：编辑这些文件（README.md 说明每一列），然后运行 chengyu validate \(parent)/zh\n"))
    let enInit = try CLI.run(["init", parent + "/en", "--lang", "en"])
    #expect(enInit.stderr.hasPrefix("chengyu: wrote \(parent)/en: README.md, cities.csv, "))
    // Warnings on the init folder's validate: none, and the summary is Chinese.
    #expect(try CLI.run(["validate", parent + "/zh", "--lang", "zh"]).stdout.hasPrefix("通过："))

    let sheet = ImportCommandTests.sheets + "/coding.xlsx"
    let zhImport = try CLI.run(["import", sheet, "-o", parent + "/imported", "--lang", "zh"])
    #expect(zhImport.status == 0, "\(zhImport.stderr)")
    #expect(zhImport.stderr.contains("chengyu: 已写入 \(parent)/imported：3 项协议，"))
    #expect(zhImport.stderr.contains("个来自行政区划表）") && zhImport.stderr.contains("chengyu: 下一步：chengyu validate "))
    // The SHEET:ROW lines are the same in both languages.
    #expect(zhImport.stderr.contains("\(sheet)[编码表]:1: warning: column not read: 备注"))

    let bad = ImportCommandTests.sheets + "/coding-bad.csv"
    let zhBad = try CLI.run(["import", bad, "-o", parent + "/never", "--lang", "zh"])
    let enBad = try CLI.run(["import", bad, "-o", parent + "/never", "--lang", "en"])
    #expect(zhBad.status == 65 && enBad.status == 65)
    let (zl, el) = (zhBad.stderr.split(separator: "\n"), enBad.stderr.split(separator: "\n"))
    #expect(zl.dropLast() == el.dropLast())
    #expect(zl.last == "chengyu: \(bad) 中有 4 个问题；未写入任何文件")
    #expect(el.last == "chengyu: 4 problems in \(bad); nothing written")
  }

  @Test func egoNetworkInBothLanguages() throws {
    let zh = try CLI.run(["show", "chengdu", "--ego", "--lang", "zh"]), en = try CLI.run(["show", "chengdu", "--ego", "--lang", "en"])
    #expect(zh.status == 0 && en.status == 0)
    #expect(zh.stdoutLines[0] == "个体网：chengdu  成都市  Chengdu")
    #expect(en.stdoutLines[0] == "ego network of chengdu  成都市  Chengdu")
    for label in ["  筛选", "  规模", "  关系数", "  密度", "  经纪机会"] {
      #expect(zh.stdoutLines.contains { $0.hasPrefix(label) }, "\(label)")
    }
    #expect(zh.stdout.contains("个合作方（他者）") && zh.stdout.contains("他者（") && zh.stdout.contains("他者之间的关系（"))
    #expect(zh.stdoutLines.contains { $0.hasPrefix("  权重") && $0.contains("与他者的关系") && $0.contains("编号") })
    #expect(en.stdout.contains("partners (alters)") && en.stdout.contains("ties among alters ("))
    #expect(!zh.stdout.contains("alters"))
    let city = try CLI.run(["show", "jianyang", "--ego", "--aggregate", "city", "--lang", "zh"])
    #expect(city.stdout.contains("在市级层级计为 chengdu"), "\(city.stdout)")
  }

  @Test func policyFollowUpInBothLanguages() throws {
    let zh = try CLI.run(["show", "P024", "--after", "12", "--family", "governance", "--lang", "zh"])
    let en = try CLI.run(["show", "P024", "--after", "12", "--family", "governance", "--lang", "en"])
    #expect(zh.status == 0 && en.status == 0)
    #expect(zh.stdout.contains("此前 12 个月的协议：") && zh.stdout.contains("此后在其提及的政府之间："))
    #expect(zh.stdout.contains("（通过筛选的协议：family=governance）"))
    #expect(zh.stdoutLines.contains { $0.hasPrefix("  编号") && $0.contains("机制类型") && $0.contains("提及的政府") })
    #expect(en.stdout.contains("agreements in the 12 months before: "))
    #expect(en.stdoutLines.contains { $0.hasPrefix("  id ") && $0.contains("mentioned") })
    // Family letters follow the language.
    #expect(zh.stdoutLines.contains { $0.contains(" 治 ") } && !zh.stdoutLines.contains { $0.contains(" G ") })
  }
}

import ChengyuCore
import Foundation
import Testing

/// Categories and cities by their Chinese names, and one error form for every unknown value:
/// `chengyu: unknown KIND "VALUE" (known: id 中文名, …)`, exit 64, nothing on stdout.
@Suite struct CategoryNamesTests {
  private func csv(_ args: [String]) throws -> String {
    let r = try CLI.run(args + ["--format", "csv"])
    #expect(r.status == 0, "\(args): \(r.stderr)")
    return r.stdout
  }

  @Test func chineseNamesSelectWhatTheIdsSelect() throws {
    let pairs: [([String], [String])] = [
      (["--domain", "旅游"], ["--domain", "tourism"]),
      (["--family", "治理"], ["--family", "governance"]),
      (["--family", "协作"], ["--family", "collaboration"]),
      (["--mechanism", "联席会议机制"], ["--mechanism", "joint-conference"]),
      // The short forms a coding sheet may use (one rule with `chengyu import`: CodebookNames).
      (["--mechanism", "联席会议"], ["--mechanism", "joint-conference"]),
      (["--mechanism", "框架协议"], ["--mechanism", "framework-agreement"]),
      (["--mechanism", "Joint conference"], ["--mechanism", "joint-conference"]),
      (["--level", "地级"], ["--level", "prefecture"]),
      (["--level", "区", "--level", "县"], ["--level", "district", "--level", "county"]),
      (["--aggregate", "市级"], ["--aggregate", "city"]),
      (["--family", "GOVERNANCE"], ["--family", "governance"]),
    ]
    for (chinese, ids) in pairs {
      let a = try csv(["list", "ties"] + chinese), b = try csv(["list", "ties"] + ids)
      #expect(a == b, "\(chinese)")
      #expect(a.utf8.filter { $0 == 10 }.count > 1, "\(chinese) selects something")
    }
  }

  @Test func showTakesChineseAndPinyinNames() throws {
    for name in ["成都", "成都市", "Chengdu", "chengdu"] {
      let r = try CLI.run(["show", name])
      #expect(r.status == 0 && r.stdoutLines[0].hasPrefix("chengdu "), "\(name)")
    }
  }

  @Test(arguments: [
    (["stats", "--family", "cooperation"], "family \"cooperation\" (known: governance 治理, collaboration 协作)"),
    (["stats", "--level", "city"], "level \"city\" (known: province 省级, prefecture 地级, district 区, county 县)"),
    (["stats", "--aggregate", "county"], "aggregation \"county\" (known: signed 签署方, city 市级, province 省级)"),
    (["list", "ties", "--mechanism", "treaty"], "mechanism \"treaty\" (known: joint-conference 联席会议机制, "),
    (["list", "ties", "--domain", "旅行"], "domain \"旅行\" (known: "),
    (["list", "ties", "--format", "xml"], "format \"xml\" (known: table, csv, json)"),
    (["export", "--format", "xml"], "format \"xml\" (known: csv, graphml, gexf, pajek, dl, dot, json)"),
    (["show", "chengdu", "chengduu"], "city \"chengduu\" (known: chengdu 成都市"),
    (["stats", "--lang", "fr"], "language \"fr\" (known: en English, zh 中文)"),
    (["list", "mayors"], "list kind \"mayors\" (known: cities 城市, ties 关系, agreements 协议, policies 政策)"),
    (["list", "cities", "--sort", "weight"], "sort key \"weight\" (known: strength, ties, id, name, level, province)"),
  ])
  func unknownValuesHaveOneForm(args: [String], message: String) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args)")
    #expect(r.stdout.isEmpty, "\(args)")
    #expect(r.stderr.hasPrefix("chengyu: unknown " + message), "\(args): \(r.stderr)")
  }

  @Test func theDomainListNamesEachDomainInChinese() throws {
    let r = try CLI.run(["list", "ties", "--domain", "x"])
    let known = Reference.dataset.codebook.domains.prefix(3).map { "\($0.id) \($0.nameZh)" }.joined(separator: ", ")
    #expect(r.stderr.hasPrefix("chengyu: unknown domain \"x\" (known: \(known),"), "\(r.stderr)")
  }

  @Test func echoedValuesAreCleanedAndCapped() throws {
    let r = try CLI.run(["stats", "--family", "\u{1B}]0;T\u{07}" + String(repeating: "x", count: 500)])
    #expect(r.status == 64)
    #expect(!r.stderr.contains("\u{1B}"))
    #expect(r.stderr.count < 300)
  }
}

/// A name two governments share (two 市中区 under different cities) is refused with both ids,
/// never resolved to the first in file order.
@Suite struct AmbiguousNameTests {
  let data = CLI.fixture("same-names")

  @Test func aSharedNameListsEveryGovernmentItNames() throws {
    for args in [["show", "市中区"], ["show", "甲市", "市中区"], ["show", "shizhong district"]] {
      let r = try CLI.run(args + ["--data", data])
      #expect(r.status == 64 && r.stdout.isEmpty, "\(args)")
      let name = args.last!
      #expect(
        r.stderr == "chengyu: ambiguous city \"\(name)\" (one of: testdist-a1 市中区 under testcity-a, testdist-b1 市中区 under testcity-b)\n",
        "\(r.stderr)")
    }
  }

  @Test func theIdsStillWork() throws {
    let r = try CLI.run(["show", "testdist-a1", "--data", data])
    #expect(r.status == 0 && r.stdoutLines[0].hasPrefix("testdist-a1  市中区"), "\(r.stderr)")
    let pair = try CLI.run(["show", "甲市", "乙市", "--data", data, "--json"])
    #expect(pair.status == 0, "\(pair.stderr)")
  }
}

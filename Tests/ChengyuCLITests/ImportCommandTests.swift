import Foundation
import Testing

/// `chengyu init` and `chengyu import` on the built binary: folders that validate, error lines
/// as SHEET:ROW: reason, and no folder left half-written.
@Suite struct ImportCommandTests {
  static let sheets = CLI.fixture("sheets")

  private func tempParent() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chengyu-import-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  private func list(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
  }

  @Test func initThenValidate() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let dir = parent + "/mydata"
    let r = try CLI.run(["init", dir])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(list(dir) == ["README.md", "agreements.csv", "cities.csv", "domains.csv", "mechanisms.csv", "policies.csv"])
    let v = try CLI.run(["validate", dir])
    #expect(v.status == 0)
    #expect(v.stderr.isEmpty, "\(v.stderr)")
    #expect(v.stdout.hasPrefix("ok: "))
    #expect(v.stdout.contains(" 1 agreements, 1 policies, "))
    let list = try CLI.run(["list", "agreements", "--data", dir, "--format", "csv"])
    #expect(list.stdout.contains("\r\nEXAMPLE-"))
  }

  @Test func initRefusesAFolderThatIsNotEmpty() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let dir = parent + "/d"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
    FileManager.default.createFile(atPath: dir + "/notes.txt", contents: Data("mine".utf8))
    let r = try CLI.run(["init", dir])
    #expect(r.status == 1)
    #expect(r.stderr == "chengyu: \(dir) exists and is not empty (use --force to write the dataset files into it)\n")
    #expect(list(dir) == ["notes.txt"])
    #expect(list(parent) == ["d"])
    let forced = try CLI.run(["init", dir, "--force"])
    #expect(forced.status == 0)
    #expect(list(dir).contains("notes.txt") && list(dir).contains("cities.csv"))
  }

  @Test func importXLSXValidateAndStats() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let dir = parent + "/out"
    let sheet = Self.sheets + "/coding.xlsx"
    let r = try CLI.run(["import", sheet, "-o", dir])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "\(sheet)[编码表]:1: warning: column not read: 备注")
    #expect(lines.contains("\(sheet)[编码表]:3: note: 潼南县 read as 潼南区 (tongnan)"))
    #expect(lines.contains { $0.hasPrefix("chengyu: wrote \(dir): 3 agreements, ") })
    let v = try CLI.run(["validate", dir])
    #expect(v.status == 0)
    #expect(v.stderr.contains("\(dir)/agreements.csv:3: warning: empty title_en, source_url, evidence, confidence"))
    let stats = try #require(try CLI.json(try CLI.run(["stats", "--json", "--data", dir])) as? [String: Any])
    #expect(stats["agreements"] as? Int == 3)
    let agreements = try Reference.parseCSV(try CLI.run(["list", "agreements", "--data", dir, "--format", "csv", "--sort", "id"]).stdoutBytes)
    #expect(agreements.rows.map { $0[0] } == ["T1", "T2", "T3"])
    // Dates typed as dates in Excel, and text dates, at their precision.
    let written = try String(contentsOfFile: dir + "/agreements.csv", encoding: .utf8)
    #expect(written.contains("T1,2019-03-01,测试协议甲,,chengdu;chongqing,joint-conference,,transport;tourism,,https://example.org/t1,,high\r\n"))
    #expect(written.contains("T2,2020-05,测试协议乙,,chengdu;tongnan,framework-agreement,"))
    #expect(written.contains("T3,2020,测试协议丙,,shizhong-neijiang;cn511102;cn110108,sectoral-agreement,"))
  }

  @Test func importCSVWithContextColumns() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let dir = parent + "/out"
    let r = try CLI.run(["import", Self.sheets + "/coding.csv", "-o", dir])
    #expect(r.status == 0, "\(r.stderr)")
    let agreements = try String(contentsOfFile: dir + "/agreements.csv", encoding: .utf8)
    #expect(agreements.contains("C1,2018-06-01,测试协议一,,chengdu;chongqing,joint-conference,"))
    #expect(agreements.contains("C2,2019-07,测试协议二,,chengdu;jianyang;tongnan,framework-agreement,,tourism;culture,"))
    #expect(agreements.contains("C3,2020,测试协议三,,cn511102;cn110108,declaration,"))
    // Only the governments referenced, with the parents and provinces roll-up needs.
    let cities = try Reference.parseCSV([UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/cities.csv"))))
    #expect(Set(cities.rows.map { $0[0] }) == [
      "sichuan", "chongqing", "cn110000", "chengdu", "leshan", "jianyang", "tongnan", "cn511102", "cn110108",
    ])
    let byCity = try #require(try CLI.json(try CLI.run(["stats", "--json", "--data", dir, "--aggregate", "province"])) as? [String: Any])
    // 四川–重庆 (C1, and C2's 成都/简阳–潼南 again) and 四川–北京 (乐山's 市中区–海淀区).
    #expect(byCity["ties"] as? Int == 2)
    // In ASCII mode a gazetteer government, which has no English name, shows its id.
    let keys = parent + "/keys.txt"
    try "1\n".write(toFile: keys, atomically: true, encoding: .utf8)
    let screen = try CLI.run(["explore", "--data", dir, "--script", keys, "--size", "90x18", "--ascii"])
    #expect(screen.stdoutLines.contains { $0.hasPrefix("cn110108 ") && $0.contains(" district ") }, "\(screen.stdout)")
  }

  @Test func problemsAreSheetRowLinesAndNothingIsWritten() throws {
    let parent = try tempParent()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let dir = parent + "/out"
    let sheet = Self.sheets + "/coding-bad.csv"
    let r = try CLI.run(["import", sheet, "-o", dir])
    #expect(r.status == 65)
    #expect(r.stdout.isEmpty)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "\(lines)")
    #expect(lines[0] == "\(sheet):2: impossible date \"2019-02-29\"")
    #expect(lines[1] == "\(sheet):3: \"朝阳区\" is ambiguous: 长春市朝阳区 (cn220104), 北京市朝阳区 (cn110105); write the full name (e.g. 长春市朝阳区) or add a 省份/province or 上级/parent column")
    #expect(lines[2].hasPrefix("\(sheet):4: unknown government \"成督\" in 签署方/parties; did you mean: 四川省成都市 (chengdu)"))
    #expect(lines[3].hasPrefix("\(sheet):4: unknown mechanism \"条约\" (known: joint-conference 联席会议机制, "))
    #expect(lines[4] == "chengyu: 4 problems in \(sheet); nothing written")
    #expect(list(parent).isEmpty)  // no folder, no temporary folder

    let xlsx = Self.sheets + "/coding.xlsx"
    let bad = try CLI.run(["import", xlsx, "--sheet", "bad", "-o", dir])
    #expect(bad.status == 65)
    let xlines = bad.stderr.split(separator: "\n").map(String.init)
    #expect(xlines[0].hasPrefix("\(xlsx)[bad]:2: \"市中区\" is ambiguous: "))
    #expect(xlines[1].hasPrefix("\(xlsx)[bad]:3: unknown government \"成都高新区\" in 签署方/parties; did you mean: 四川省成都市 (chengdu)"))
    #expect(list(parent).isEmpty)
  }

  @Test func usageErrors() throws {
    let noSheet = try CLI.run(["import", Self.sheets + "/coding.xlsx", "--sheet", "无", "-o", "/tmp/never-written"])
    #expect(noSheet.status == 64)
    #expect(noSheet.stderr == "chengyu: \(Self.sheets)/coding.xlsx: no sheet named \"无\" (sheets: 编码表, bad)\n")
    let xls = try CLI.run(["import", "old.xls", "-o", "/tmp/never-written"])
    #expect(xls.status == 64)
    #expect(xls.stderr.contains("the coding sheet must be .xlsx or .csv (save an .xls workbook as .xlsx first)"))
    let csvSheet = try CLI.run(["import", Self.sheets + "/coding.csv", "--sheet", "x", "-o", "/tmp/never-written"])
    #expect(csvSheet.status == 64)
    let missing = try CLI.run(["import", "/nonexistent/s.csv", "-o", "/tmp/never-written"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "chengyu: cannot read /nonexistent/s.csv: no such file\n")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
  }

  @Test func listCSVForExcelStartsWithAByteOrderMark() throws {
    let excel = try CLI.run(["list", "cities", "--format", "csv", "--excel", "--limit", "1"])
    #expect(excel.status == 0)
    #expect(Array(excel.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let plain = try CLI.run(["list", "cities", "--format", "csv", "--limit", "1"])
    #expect(excel.stdoutBytes.dropFirst(3).elementsEqual(plain.stdoutBytes))
    let table = try CLI.run(["list", "cities", "--excel"])
    #expect(table.status == 64)
    #expect(table.stderr.contains("--excel applies to --format csv only"))
  }
}

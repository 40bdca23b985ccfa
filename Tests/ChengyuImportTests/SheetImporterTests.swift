import ChengyuCore
import ChengyuData
import Testing

@testable import ChengyuImport

/// Coding sheets → agreements: headers, cells, and every problem as SHEET:ROW: reason.
@Suite struct SheetImporterTests {
  typealias S = ImportSupport

  private func ids(_ r: ImportResult, _ i: Int) -> [String] {
    r.agreements[i].parties.map { S.directory.places[$0].id.rawValue }
  }

  @Test func chineseHeadersAndEveryListSeparator() throws {
    let r = S.run([
      ["编号", "日期", "标题", "签署方", "机制", "领域", "来源", "可信度"],
      ["X1", "2019/3/1", "测试甲", "成都、重庆；潼南区;内江市,宜宾市，乐山市", "联席会议机制", "交通基础设施；旅游", "https://e.org/x", "高"],
    ])
    #expect(r.errors.isEmpty, "\(r.errors)")
    let a = try #require(r.agreements.first)
    #expect(ids(r, 0) == ["chengdu", "chongqing", "tongnan", "neijiang", "yibin", "leshan"])
    #expect(a.id == "X1" && a.date.description == "2019-03-01" && a.titleZh == "测试甲")
    #expect(a.mechanism == "joint-conference")
    #expect(a.domains == ["transport", "tourism"])
    #expect(a.sourceURL == "https://e.org/x" && a.confidence == "high")
  }

  @Test func englishHeadersAndGeneratedIDs() {
    let r = S.run([
      ["Date", "Title", "Parties", "Mechanism", "Title EN", "unused column"],
      ["2016", "测试甲", "成都; 重庆", "framework-agreement", "Test A", "x"],
      ["", "", "", "", "", ""],
      ["2016-05", "测试乙", "成都; 重庆", "Joint conference", "", ""],
    ])
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(r.agreements.map(\.id) == ["A001", "A002"])
    #expect(r.agreements.map(\.row) == [2, 4])
    #expect(r.agreements[0].titleEn == "Test A")
    #expect(r.agreements[1].mechanism == "joint-conference")
    #expect(r.warnings.map(\.description) == ["s.csv:1: warning: column not read: unused column"])
  }

  @Test func titleRowsAboveTheHeaderAreSkipped() {
    let r = S.run([
      ["2019年府际协议编码表", "", "", ""],
      ["", "", "", ""],
      ["日期", "标题", "签署方", "机制"],
      ["2019", "甲", "成都、重庆", "联席会议机制"],
    ])
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(r.agreements.map(\.row) == [4])
  }

  @Test func mechanismsByAlternativeNames() {
    let r = S.run([
      ["日期", "标题", "签署方", "机制"],
      ["2016", "甲", "成都、重庆", "框架协议"],
      ["2016", "乙", "成都、重庆", "备忘录"],
      ["2016", "丙", "成都、重庆", "联席会议"],
    ])
    #expect(r.agreements.map(\.mechanism) == ["framework-agreement", "declaration", "joint-conference"])
  }

  @Test func datesAsSheetsWriteThem() {
    let dates: [(SheetValue, String)] = [
      (.text("2016年3月1日"), "2016-03-01"), (.text("2016年3月"), "2016-03"), (.text("2016.03"), "2016-03"),
      (.number(2016), "2016"), (.date(year: 2016, month: 2, day: 29), "2016-02-29"), (.text(" 2016 "), "2016"),
      (.text("2019/3/1 0:00"), "2019-03-01"), (.text("2019-03-01 00:00:00"), "2019-03-01"),
    ]
    for (value, expected) in dates {
      guard case .success(let d) = SheetDate.parse(value) else {
        Issue.record("\(value) not read")
        continue
      }
      #expect(d.description == expected)
    }
    #expect(SheetDate.parse(.text("2019-02-29")) == .failure(.impossible("2019-02-29")))
    #expect(SheetDate.parse(.text("三月")) == .failure(.unreadable("三月")))
    #expect(SheetDate.parse(.text("2019-03-01 noon")) == .failure(.unreadable("2019-03-01 noon")))
    #expect(SheetDate.parse(.number(42430)) == .failure(.number("42430")))
    #expect(SheetDate.parse(.empty) == .failure(.empty))
  }

  @Test func everyProblemNamesItsRow() {
    let r = S.run([
      ["编号", "日期", "标题", "签署方", "机制", "领域"],
      ["X1", "2019-13", "甲", "成都、重庆", "联席会议机制", ""],
      ["X1", "2019", "", "成都", "treaty", "weather"],
      ["X3", "2019", "丙", "成都、市中区、成督市", "联席会议机制", ""],
    ])
    let lines = r.errors.map(\.description)
    #expect(lines.count == 7, "\(lines)")
    #expect(lines[0] == "s.csv:2: impossible date \"2019-13\"")
    #expect(lines[1] == "s.csv:3: duplicate id \"X1\" (first on row 2)")
    #expect(lines[2] == "s.csv:3: empty 标题/title")
    #expect(lines[3].hasPrefix("s.csv:3: unknown mechanism \"treaty\" (known: joint-conference 联席会议机制, "))
    #expect(lines[4].hasPrefix("s.csv:3: unknown domain \"weather\" (known: "))
    #expect(lines[5].hasPrefix("s.csv:4: \"市中区\" is ambiguous: "))
    #expect(lines[5].hasSuffix("or add a 省份/province or 上级/parent column"))
    #expect(lines[6].hasPrefix("s.csv:4: unknown government \"成督市\" in 签署方/parties; did you mean: 四川省成都市 (chengdu)"))
    #expect(r.agreements.isEmpty)
  }

  @Test func fewerThanTwoPartiesAfterMerging() {
    let r = S.run([["日期", "标题", "签署方", "机制"], ["2019", "甲", "成都、成都市人民政府", "联席会议机制"]])
    #expect(r.errors.map(\.description) == ["s.csv:2: fewer than two distinct parties in 签署方/parties (1)"])
  }

  @Test func missingAndRepeatedColumns() {
    let missing = S.run([["日期", "标题", "签署方"], ["2019", "甲", "成都、重庆"]])
    #expect(missing.errors.map(\.description) == [
      "s.csv:1: missing column 机制/mechanism (the header is the first row naming 日期, 标题, 签署方 and 机制 among the first ten)",
    ])
    let twice = S.run([["日期", "date", "标题", "签署方", "机制"]])
    #expect(twice.errors.map(\.description) == ["s.csv:1: columns 1 and 2 are both 日期/date"])
    let empty = S.run([["", ""]])
    #expect(empty.errors.map(\.description) == ["s.csv: the sheet is empty (a header row is required)"])
    let noRows = S.run([["日期", "标题", "签署方", "机制"]])
    #expect(noRows.errors.map(\.description) == ["s.csv:1: no agreement rows below the header"])
  }

  @Test func contextColumnsDecideAmbiguousNames() {
    let r = S.run([
      ["日期", "标题", "签署方", "机制", "省份", "上级"],
      ["2019", "甲", "成都、市中区", "联席会议机制", "四川", "乐山"],
    ])
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(ids(r, 0) == ["chengdu", "cn511102"])
  }

  @Test func citiesHoldThePartiesTheirParentsAndProvinces() throws {
    let r = S.run([["日期", "标题", "签署方", "机制"], ["2019", "甲", "海淀区、武侯区", "联席会议机制"]])
    #expect(r.errors.isEmpty)
    let places = r.places.map { S.directory.places[$0].id.rawValue }
    // Higher levels first, then in the order the sheet first names them.
    #expect(places == ["cn110000", "sichuan", "chengdu", "cn110108", "cn510107"])
    // The folder loads, and rolls up: 武侯区 → 成都 → 四川, 海淀区 → 北京.
    let files = r.files(directory: S.directory, codebookFiles: EmbeddedDataset.files)
    let contents = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
    let report = DatasetLoader.inspect(DatasetFiles(origin: "t/", contents: contents), provenance: .optional)
    let d = try #require(report.dataset, "\(report.issues)")
    #expect(report.warnings.map(\.description) == ["t/agreements.csv:2: empty title_en, source_url, evidence, confidence"])
    let wuhou = try #require(d.city(CityID("cn510107")))
    #expect(wuhou.nameZh == "武侯区" && wuhou.parent == CityID("chengdu") && wuhou.province == CityID("sichuan"))
    #expect(wuhou.latitude == 30.641907 && wuhou.adcode == "510107")
    #expect(wuhou.inRegion)  // 成都 lies wholly inside the 2016 planning area
    #expect(d.city(CityID("cn110108"))?.inRegion == false)
    var f = Filter()
    f.aggregation = .province
    let view = d.view(f)
    let ties = view.graph.ties.map { [$0.a, $0.b].map { view.city(node: $0).id.rawValue }.sorted() }
    #expect(ties == [["cn110000", "sichuan"]])
  }
}

extension SheetImporterTests {
  @Test func csvSheetsFromExcelWithAByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("日期,标题,签署方,机制\r\n2019,甲,成都、重庆,联席会议机制\r\n".utf8)
    let table = try SheetTable.csv(bytes, label: "excel.csv")
    let r = SheetImporter(directory: S.directory, codebook: S.reference.codebook).run(table)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(r.agreements.first?.row == 2)
  }

  @Test func aGBKSheetIsReadWithANote() throws {
    // 日期,标题,签署方,机制 / 2019,甲,成都、重庆,联席会议机制 in GBK, as Chinese Excel saves plain CSV.
    let bytes: [UInt8] = [
      0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xB1, 0xEA, 0xCC, 0xE2, 0x2C, 0xC7, 0xA9, 0xCA, 0xF0, 0xB7, 0xBD, 0x2C,
      0xBB, 0xFA, 0xD6, 0xC6, 0x0D, 0x0A, 0x32, 0x30, 0x31, 0x39, 0x2C, 0xBC, 0xD7, 0x2C, 0xB3, 0xC9, 0xB6,
      0xBC, 0xA1, 0xA2, 0xD6, 0xD8, 0xC7, 0xEC, 0x2C, 0xC1, 0xAA, 0xCF, 0xAF, 0xBB, 0xE1, 0xD2, 0xE9, 0xBB,
      0xFA, 0xD6, 0xC6, 0x0D, 0x0A,
    ]
    let table = try SheetTable.csv(bytes, label: "gbk.csv")
    #expect(table.notes.map(\.description) == [
      "gbk.csv: note: read as GBK (GB 18030), as Chinese Excel saves CSV; save as \"CSV UTF-8\" to be sure",
    ])
    let r = SheetImporter(directory: S.directory, codebook: S.reference.codebook).run(table)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(r.agreements.first?.titleZh == "甲")
    #expect(r.agreements.count == 1)
    #expect(ids(r, 0) == ["chengdu", "chongqing"])
    #expect(r.notes == table.notes)
  }

  @Test func otherEncodingsAreRefusedWithAHint() {
    // UTF-16 with a byte-order mark, as "Unicode text" from a spreadsheet.
    let bytes: [UInt8] = [0xFF, 0xFE, 0x65, 0x00, 0x0A, 0x00]
    do {
      _ = try SheetTable.csv(bytes, label: "u16.csv")
      Issue.record("read")
    } catch {
      #expect(error.description.hasPrefix("u16.csv:1: file is not valid UTF-8; it looks like UTF-16"))
    }
  }

  @Test func anUnclosedQuoteNamesItsLine() {
    do {
      _ = try SheetTable.csv(Array("日期,标题\n2019,\"甲\n".utf8), label: "q.csv")
      Issue.record("read")
    } catch {
      #expect(error.description.hasPrefix("q.csv:2: "))
    }
  }
}

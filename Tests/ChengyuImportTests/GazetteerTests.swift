import ChengyuCore
import Foundation
import Testing

@testable import ChengyuImport

/// The embedded gazetteer: equal to data/gazetteer/adcodes.csv, and its levels and parents.
@Suite struct GazetteerTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// Fails whenever data/gazetteer/adcodes.csv changes without scripts/embed-gazetteer.py.
  @Test func embeddedCopyEqualsTheFile() throws {
    let disk = try #require(FileManager.default.contents(atPath: Self.repository + "/data/gazetteer/adcodes.csv"))
    let text = String(decoding: disk, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    #expect(text == GazetteerFile.csv + "\n", "run scripts/embed-gazetteer.py")
  }
}

extension GazetteerTests {
  @Test func levelsAndParentsFollowTheCode() throws {
    let g = Gazetteer.embedded
    let sichuan = try #require(g.division("510000"))
    #expect(sichuan.name == "四川省" && sichuan.level == .province && sichuan.parentCode == nil)
    let chengdu = try #require(g.division("510100"))
    #expect(chengdu.level == .prefecture && chengdu.parentCode == "510000")
    let wuhou = try #require(g.division("510107"))
    #expect(wuhou.name == "武侯区" && wuhou.level == .district && wuhou.parentCode == "510100")
    // Municipalities: districts and counties sit directly under the province-level unit.
    #expect(g.division("500152")?.parentCode == "500000")
    #expect(g.division("500229")?.level == .county)
    #expect(g.division("500229")?.parentCode == "500000")
    // County-level units directly under a province (湖北 仙桃市, code block 4290).
    #expect(g.division("429004")?.parentCode == "420000")
    #expect(g.division("429004")?.level == .county)
    // Placeholder rows that group codes are not governments.
    #expect(g.division("510101") == nil)
    #expect(g.division("500100") == nil)
    #expect(g.division("429000") == nil)
    // Coordinates as in the file: 武侯区 104.043235, 30.641907.
    #expect(wuhou.longitude == 104.043235 && wuhou.latitude == 30.641907)
  }

  @Test func everyRowButThePlaceholdersIsADivision() throws {
    let disk = try #require(FileManager.default.contents(atPath: Self.repository + "/data/gazetteer/adcodes.csv"))
    var reader = CSVReader(bytes: [UInt8](disk))
    _ = try reader.next()
    var expected = 0
    while let r = try reader.next() {
      if !Gazetteer.placeholders.contains(r.fields[1]) { expected += 1 }
    }
    #expect(Gazetteer.embedded.divisions.count == expected)
    #expect(Set(Gazetteer.embedded.divisions.map(\.code)).count == expected)
  }

  @Test func aBadRowIsReportedWithItsLine() {
    #expect(throws: Gazetteer.FormatError.self) {
      try Gazetteer(csv: Array("adcode,name,longitude,latitude\n5101,成都,1,2\n".utf8))
    }
    do {
      _ = try Gazetteer(csv: Array("adcode,name,longitude,latitude\n510100000000,成都市,1\n".utf8))
    } catch let error as Gazetteer.FormatError {
      #expect(error.description == "line 2: has 3 fields, expected 4")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}

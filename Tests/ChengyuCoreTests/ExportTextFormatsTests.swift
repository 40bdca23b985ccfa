import Testing

@testable import ChengyuCore

/// Pajek, UCINET DL and DOT of the fixture, compared to the whole expected text.
@Suite struct ExportTextFormatsTests {
  @Test func pajekQuotesChineseLabelsReplacesDoubleQuotesAndHasNoBlankLines() {
    let text = PajekExport.render(ExportFixture.network())
    #expect(text == Self.pajek + "\n")
    #expect(!text.contains("\n\n"))
  }

  @Test func dlUsesTheDatasetIdsAndASideFileOfChineseNames() {
    let dl = UCINETExport(network: ExportFixture.network())
    #expect(dl.dl() == Self.dl + "\n")
    #expect(dl.labelsCSV() == Self.labels.replacingNewlines() + "\r\n")
    #expect(dl.about().contains("\nDL labels: the dataset ids (UCINET shows them upper-cased); Chinese names in labels.csv.\n"))
  }

  @Test func dlFallsBackToNumberedLabelsWhenIdsClashOnceUpperCased() {
    #expect(UCINETExport.problem(with: ["chengdu", "Chengdu"]) == "ids 'chengdu' and 'Chengdu' are the same once upper-cased")
    #expect(UCINETExport.problem(with: ["a-very-long-city-name-x"]) == "id 'a-very-long-city-name-x' is longer than UCINET's 18 characters")
    #expect(UCINETExport.problem(with: ["成都"]) != nil)
    #expect(UCINETExport.problem(with: ["9town"]) != nil)
    #expect(UCINETExport.problem(with: ["shizhong-neijiang", "a_b.c"]) == nil)
  }

  @Test func dlFallbackIsWrittenAndExplained() {
    var network = ExportFixture.network()
    network.nodes[2].id = "CHENGDU"
    let dl = UCINETExport(network: network)
    #expect(dl.labels == ["N1", "N2", "N3"])
    #expect(dl.dl().hasSuffix("data:\nN1 N2 2\nN1 N3 1\nN2 N3 2\n"))
    #expect(dl.labelsCSV().hasPrefix("dl_label,id,name_zh,name_en,level,parent,province,in_region,lat,lon,first_date\r\nN1,chengdu,成都市,Chengdu,prefecture,"))
    #expect(dl.about().contains("DL labels: N1..N3 instead of the dataset ids, because ids 'chengdu' and 'CHENGDU' are the same once upper-cased"))
  }

  @Test func dotQuotesIdsEscapesQuotesAndCarriesEveryAttribute() {
    #expect(DOTExport.render(ExportFixture.network()) == Self.dot + "\n")
    #expect(DOTExport.quote(#"a\b"c"#) == #""a\\b\"c""#)
  }

  static let pajek = #"""
% Exported by chengyu; data: fixture; filter: none; aggregation: signed; 3 nodes, 3 ties
% vertex number, dataset id:
% 1 chengdu
% 2 chongqing
% 3 xtown
*Vertices 3
1 "成都市"
2 "重庆市"
3 "'X&Y'<镇>"
*Edges
1 2 2
1 3 1
2 3 2
"""#

  static let dl = #"""
DL n=3
format = edgelist1
labels embedded:
data:
chengdu chongqing 2
chengdu xtown 1
chongqing xtown 2
"""#

  static let labels = #"""
dl_label,id,name_zh,name_en,level,parent,province,in_region,lat,lon,first_date
chengdu,chengdu,成都市,Chengdu,prefecture,sichuan,sichuan,true,30.57,104.07,2016
chongqing,chongqing,重庆市,Chongqing,province,,chongqing,true,29.56,106.55,2016
xtown,xtown,"""X&Y""<镇>","Town, ""X""",county,sichuan,sichuan,false,,,2017-05
"""#

  static let dot = #"""
graph "chengyu" {
  graph [comment="Exported by chengyu; data: fixture; filter: none; aggregation: signed; 3 nodes, 3 ties"];
  "chengdu" [label="成都市", name_en="Chengdu", level="prefecture", parent="sichuan", province="sichuan", in_region="true", lat=30.57, lon=104.07, first_date="2016", pos="0.00,72.72!"];
  "chongqing" [label="重庆市", name_en="Chongqing", level="province", parent="", province="chongqing", in_region="true", lat=29.56, lon=106.55, first_date="2016", pos="154.54,0.00!"];
  "xtown" [label="\"X&Y\"<镇>", name_en="Town, \"X\"", level="county", parent="sichuan", province="sichuan", in_region="false", first_date="2017-05"];
  "chengdu" -- "chongqing" [weight=2, governance=1, collaboration=1, "mechanism.framework-agreement"=1, "mechanism.joint-conference"=1, domains="industry;transport", first_year=2016, last_year=2017, first_date="2016", last_date="2017-05", agreements="A1;A2"];
  "chengdu" -- "xtown" [weight=1, governance=0, collaboration=1, "mechanism.framework-agreement"=1, "mechanism.joint-conference"=0, domains="industry;transport", first_year=2017, last_year=2017, first_date="2017-05", last_date="2017-05", agreements="A2"];
  "chongqing" -- "xtown" [weight=2, governance=1, collaboration=1, "mechanism.framework-agreement"=1, "mechanism.joint-conference"=1, domains="industry;transport", first_year=2017, last_year=2018, first_date="2017-05", last_date="2018-03-02", agreements="A2;A3"];
}
"""#
}

extension String {
  /// The text with LF line ends turned into CRLF, as `CSVWriter` ends records.
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
  }
}

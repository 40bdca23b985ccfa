import Foundation
import Testing

@testable import ChengyuCore

/// The interoperability fixes of issue 7 §4, one test per reader problem found.
@Suite struct ExportFixesTests {
  let network = ExportFixture.network()

  @Test func gexf12UsesThe12draftNamespaceAndNoTimeRepresentation() {
    let text = GEXFExport.render(network, version: .v1_2)
    #expect(text.contains(#"<gexf xmlns="http://www.gexf.net/1.2draft""#))
    #expect(text.contains(#"version="1.2">"#))
    #expect(text.contains(#"<graph mode="dynamic" defaultedgetype="undirected" timeformat="date">"#))
    #expect(!text.contains("timerepresentation"))
    #expect(!text.contains("gexf.net/1.3"))
    // The default stays 1.3.
    #expect(ExportOptions().gexfVersion == .v1_3)
    #expect(String(decoding: ExportFormat.gexf.render(network)[0], as: UTF8.self).contains(#"version="1.3""#))
  }

  @Test func gexfWeightGrowsYearByYearWithoutOverlappingIntervals() {
    let text = GEXFExport.render(network)
    #expect(text.contains(#"<attributes class="edge" mode="dynamic">"#))
    #expect(text.contains(#"<attribute id="weight" title="weight" type="double"/>"#))
    // chengdu–chongqing: A1 in 2016, A2 in 2017-05; the export ends on 2018-03-02.
    #expect(text.contains(#"<attvalue for="weight" value="1" start="2016-01-01" end="2016-12-31"/>"#))
    #expect(text.contains(#"<attvalue for="weight" value="2" start="2017-01-01" end="2018-03-02"/>"#))
    // chongqing–xtown: A2 (2017-05) then A3 (2018-03-02): the first value starts on its first agreement.
    #expect(text.contains(#"<attvalue for="weight" value="1" start="2017-05-01" end="2017-12-31"/>"#))
    #expect(text.contains(#"<attvalue for="weight" value="2" start="2018-01-01" end="2018-03-02"/>"#))
    // The static total stays on the edge for readers without dynamics.
    #expect(text.contains(#"<edge id="e0" source="chengdu" target="chongqing" weight="2">"#))
  }

  @Test func pajekLabelsAreUniqueWithTheParentsName() {
    let text = PajekExport.render(ExportFixture.awkward())
    #expect(text.contains("\n1 \"市中区（内江市）\"\n2 \"市中区（乐山市）\"\n3 \"'X&Y'<镇>\"\n"))
    // Same name and same parent: the id tells them apart.
    var same = ExportFixture.awkward()
    same.nodes[1].parentLabel = "内江市"
    #expect(PajekExport.labels(same.nodes) == ["市中区（chengdu）", "市中区（a/b）", "'X&Y'<镇>"])
    // A unique name keeps its plain label.
    #expect(PajekExport.labels(network.nodes) == ["成都市", "重庆市", "'X&Y'<镇>"])
  }

  @Test func emptyPajekHasNoZeroVerticesLine() {
    var filter = Filter()
    filter.years = 1990...1991
    let text = PajekExport.render(ExportFixture.network(filter))
    #expect(!text.contains("*Vertices"))
    #expect(text.hasSuffix("*Edges\n"))
    #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("%") || $0 == "*Edges" })
  }

  @Test func graphMLEscapesIdsThatAreNotNMTokensAndKeepsTheOriginal() {
    let text = GraphMLExport.render(ExportFixture.awkward())
    #expect(text.contains("<node id=\"a_x002F_b\">\n      <data key=\"dataset_id\">a/b</data>"))
    #expect(text.contains("<node id=\"x_x0020_town\">\n      <data key=\"dataset_id\">x town</data>"))
    #expect(text.contains(#"<edge id="e2" source="a_x002F_b" target="x_x0020_town">"#))
    #expect(!text.contains(#"id="a/b""#))
  }

  @Test func nmtokensAreValidatedAndMadeUnique() {
    #expect(XMLName.isNMToken("shizhong-neijiang"))
    #expect(XMLName.isNMToken("成都市"))
    #expect(!XMLName.isNMToken("a/b"))
    #expect(!XMLName.isNMToken("a b"))
    #expect(!XMLName.isNMToken(""))
    // An escaped id that collides with a valid one is renamed, never merged.
    #expect(XMLName.tokens(for: ["a_x002F_b", "a/b", "", "x"]) == ["a_x002F_b", "a_x002F_b_2", "_", "x"])
    #expect(XMLName.tokens(for: ["first_date", "first_date"]) == ["first_date", "first_date_2"])
  }

  @Test func dotHasNoCommentLineAndKeepsBackslashesSingleOutsideLabels() {
    let text = DOTExport.render(ExportFixture.awkward())
    #expect(text.hasPrefix("graph \"chengyu\" {\n"))
    #expect(!text.contains("//"))
    #expect(text.contains(#"name_en="Back\slash""#))
    #expect(text.contains(#""a/b" -- "x town""#))
    #expect(DOTExport.quote(#"a\b"#) == #""a\\b""#)
    #expect(DOTExport.quoteRaw(#"a\b"#) == #""a\b""#)
    // A backslash before a quote (or the closing quote) must not escape it.
    #expect(DOTExport.quoteRaw(#"a\"#) == #""a\\""#)
    #expect(DOTExport.quoteRaw(#"a\"b"#) == #""a\\\"b""#)
  }

  @Test func dotPlacesNodesWithCoordinatesForNeato() {
    let text = DOTExport.render(network)
    // Chengdu is the westmost node, Chongqing the southmost: x = (lon − 104.07) · cos(30.065°) · 72,
    // y = (lat − 29.56) · 72, in points.
    #expect(text.contains(#"pos="0.00,72.72!""#))
    #expect(text.contains(#"pos="154.54,0.00!""#))
    let xtown = text.split(separator: "\n").first { $0.hasPrefix("  \"xtown\" [") }!
    #expect(!xtown.contains("pos="))
  }

  @Test func csvAndDLToTheSameBaseNameWriteDifferentFiles() {
    for a in ExportFormat.allCases where a.suffixes.count > 1 {
      for b in ExportFormat.allCases where b != a && b.suffixes.count > 1 {
        #expect(Set(a.paths(for: "net")).isDisjoint(with: b.paths(for: "net")), "\(a) and \(b)")
      }
    }
    #expect(ExportFormat.dl.paths(for: "net") == ["net.dl", "net.labels.csv", "net.dl.about.txt"])
  }

  @Test func dlSideFilesSaySymmetrizeAndCarryLevelProvinceInRegion() {
    let dl = UCINETExport(network: network)
    #expect(dl.about().contains("UCINET reads as ONE direction; symmetrise after import (Transform > Symmetrize"))
    let labels = dl.labelsCSV()
    #expect(labels.hasPrefix("dl_label,id,name_zh,name_en,level,parent,province,in_region,lat,lon,first_date\r\n"))
    #expect(labels.contains("\r\nchongqing,chongqing,重庆市,Chongqing,province,,chongqing,true,29.56,106.55,2016\r\n"))
  }

  @Test func everyAttributeFormatCarriesDomainsMechanismCountsAndYears() {
    let tie = network.ties[0]  // chengdu–chongqing: A1 joint-conference (transport), A2 framework (transport, industry)
    #expect(tie.domains == ["industry", "transport"])
    #expect(network.mechanismIDs == ["framework-agreement", "joint-conference"])
    #expect(tie.mechanismCounts == [1, 1])
    let csv = GephiCSVExport(network: network).edges()
    #expect(csv.contains("\r\nchengdu,chongqing,Undirected,2,1,1,1,1,industry;transport,2016,2017,2016,2017-05,A1;A2,"))
    let graphML = GraphMLExport.render(network)
    #expect(graphML.contains(#"<key id="mechanism.joint-conference" for="edge" attr.name="mechanism.joint-conference" attr.type="int"/>"#))
    #expect(graphML.contains(#"<data key="domains">industry;transport</data>"#))
    let gexf = GEXFExport.render(network)
    #expect(gexf.contains(#"<attvalue for="domains" value="industry;transport"/>"#))
    #expect(gexf.contains(#"<attvalue for="first_year" value="2016"/>"#))
    let dot = DOTExport.render(network)
    #expect(dot.contains(#""mechanism.framework-agreement"=1, "mechanism.joint-conference"=1, domains="industry;transport", first_year=2016, last_year=2017"#))
    let json = JSONExport.render(network)
    #expect(json.contains("\"domains\": [\n        \"industry\",\n        \"transport\"\n      ],\n      \"first_year\": 2016,\n      \"last_year\": 2017,"))
  }

  @Test func gephiTablesHaveATimesetIntervalColumn() {
    let csv = GephiCSVExport(network: network)
    #expect(csv.edgeHeader.last == "Timeset")
    #expect(csv.nodeHeader.last == "Timeset")
    // The interval holds a comma, so CSVWriter quotes it (Gephi's importer reads quoted cells).
    #expect(csv.edges().contains(",A2;A3,\"<[2017-05-01, 2018-03-02]>\"\r\n"))
    #expect(csv.nodes().contains(",2017-05,\"<[2017-05-01, 2018-03-02]>\"\r\n"))
  }

  @Test func streamedJSONIsTheSerializedDocument() {
    #expect(JSONExport.render(network) == JSONExport.document(network).serialized(pretty: true) + "\n")
    var filter = Filter()
    filter.years = 1990...1991
    let empty = ExportFixture.network(filter)
    #expect(JSONExport.render(empty) == JSONExport.document(empty).serialized(pretty: true) + "\n")
  }

  @Test func streamedFilesEqualTheRenderedOnes() throws {
    let folder = NSTemporaryDirectory() + "chengyu-stream-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for format in ExportFormat.allCases {
      let paths = try format.write(network, to: folder + "/net-\(format.rawValue)", force: true, excel: true)
      #expect(paths.map { FileIO.readAll(path: $0) ?? [] } == format.render(network, excel: true), "\(format)")
    }
  }
}

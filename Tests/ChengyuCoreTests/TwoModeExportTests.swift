import Testing

@testable import ChengyuCore

/// The agreement × government affiliation network of the export fixture: A1 (2016) chengdu,
/// chongqing; A2 (2017-05) all three; A3 (2018-03-02) chongqing, xtown.
@Suite struct TwoModeExportTests {
  let network = TwoModeNetwork(view: ExportFixture.dataset.view(), origin: "fixture")

  @Test func affiliationsAndTwoModeDegrees() {
    #expect(network.nodes.map(\.id) == ["A1", "A2", "A3", "chengdu", "chongqing", "xtown"])
    #expect(network.agreementCount == 3)
    #expect(network.incidence == [[3, 4], [3, 4, 5], [4, 5]])
    #expect(network.nodes.map(\.degree) == [2, 3, 2, 2, 3, 2])
    #expect(network.nodes.map(\.bipartite) == [0, 0, 0, 1, 1, 1])
  }

  @Test func filterRemovesAgreementsAndTheirAffiliations() {
    let governance = TwoModeNetwork(view: ExportFixture.dataset.view(ExportFixture.governanceOnly))
    #expect(governance.nodes.map(\.id) == ["A1", "A3", "chengdu", "chongqing", "xtown"])
    #expect(governance.governments.map(\.degree) == [1, 2, 1])
  }

  @Test func dlIsTwoModeEdgelist2WithRowAndColumnLabels() {
    let dl = String(decoding: TwoModeFormat.dl.render(network)[0], as: UTF8.self)
    #expect(dl == """
      DL nr=3, nc=3
      format = edgelist2
      row labels:
      A1
      A2
      A3
      column labels:
      chengdu
      chongqing
      xtown
      data:
      1 1
      1 2
      2 1
      2 2
      2 3
      3 2
      3 3

      """)
  }

  @Test func dlSideFileMapsLabelsAndCarriesDegree() {
    let labels = String(decoding: TwoModeFormat.dl.render(network)[1], as: UTF8.self)
    #expect(labels.hasPrefix("dl_label,id,name_zh,bipartite,kind,degree,date,mechanism,family,name_en,level,province,in_region\r\n"))
    #expect(labels.contains("\r\nchongqing,chongqing,重庆市,1,government,3,,,,Chongqing,province,chongqing,true\r\n"))
  }

  @Test func incidenceCSVHasOneZeroOneColumnPerGovernment() {
    let files = TwoModeFormat.csv.render(network)
    #expect(String(decoding: files[0], as: UTF8.self) == "agreement,chengdu,chongqing,xtown\r\nA1,1,1,0\r\nA2,1,1,1\r\nA3,0,1,1\r\n")
    let nodes = String(decoding: files[1], as: UTF8.self)
    #expect(nodes.hasPrefix("Id,Label,bipartite,kind,degree,date,mechanism,family,name_en,level,province,in_region\r\n"))
    #expect(nodes.contains("\r\nA1,甲,0,agreement,2,2016,joint-conference,governance,,,,\r\n"))
    #expect(nodes.contains("\r\nchengdu,成都市,1,government,2,,,,Chengdu,prefecture,sichuan,true\r\n"))
    #expect(TwoModeFormat.csv.paths(for: "aff") == ["aff.incidence.csv", "aff.nodes.csv", "aff.about.txt"])
  }

  @Test func graphMLMarksTheModesWithBipartite() {
    let text = String(decoding: TwoModeFormat.graphml.render(network)[0], as: UTF8.self)
    #expect(text.contains(#"<key id="bipartite" for="node" attr.name="bipartite" attr.type="int"/>"#))
    #expect(text.contains("<node id=\"A1\">\n      <data key=\"dataset_id\">A1</data>\n      <data key=\"label\">甲</data>\n      <data key=\"bipartite\">0</data>"))
    #expect(text.contains("<node id=\"xtown\">\n      <data key=\"dataset_id\">xtown</data>"))
    #expect(text.contains("<data key=\"bipartite\">1</data>\n      <data key=\"kind\">government</data>\n      <data key=\"degree\">3</data>"))
    #expect(text.split(separator: "\n").filter { $0.contains("<edge ") }.count == 7)
    #expect(text.contains(#"<edge id="e6" source="A3" target="xtown"/>"#))
  }
}

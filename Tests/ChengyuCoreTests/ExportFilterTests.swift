import ChengyuData
import Testing

@testable import ChengyuCore

/// Every format exports what the view holds, so a filter always reaches the file.
@Suite struct ExportFilterTests {
  /// Ties counted the way a reader of each format would count them.
  static func tieCount(_ format: ExportFormat, _ files: [[UInt8]]) -> Int {
    let text = String(decoding: files[0], as: UTF8.self)
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast()
    switch format {
    case .csv: return lines.count - 1
    case .graphml, .gexf: return lines.filter { $0.contains("<edge ") }.count
    case .pajek: return lines.count - 1 - lines.firstIndex { $0 == "*Edges" }!
    case .dl: return lines.count - 4
    case .dot: return lines.filter { $0.contains(" -- ") }.count
    case .json: return lines.filter { $0.hasPrefix("      \"source\": ") }.count
    }
  }

  @Test(arguments: ExportFormat.allCases)
  func governanceFilterOnTheEmbeddedDataKeepsExactlyTheViewsTies(format: ExportFormat) {
    let dataset = EmbeddedDataset.load()
    var filter = Filter()
    filter.families = [.governance]
    let view = dataset.view(filter)
    let all = dataset.view()
    #expect(view.graph.tieCount < all.graph.tieCount)
    let files = format.render(ExportNetwork(view: view))
    #expect(Self.tieCount(format, files) == view.graph.tieCount)
    #expect(Self.tieCount(format, format.render(ExportNetwork(view: all))) == all.graph.tieCount)
  }

  @Test func fixtureGovernanceExportDropsTheCollaborationOnlyTie() {
    let network = ExportFixture.network(ExportFixture.governanceOnly)
    #expect(network.ties.map { "\(network.nodes[$0.source].id)-\(network.nodes[$0.target].id)" }
      == ["chengdu-chongqing", "chongqing-xtown"])
    #expect(network.ties.map(\.weight) == [1, 1])
    #expect(network.ties.map(\.agreementIDs) == [["A1"], ["A3"]])
  }

  @Test func nodeStartsAtItsFirstTieAndTiesListAgreementsByDate() {
    let network = ExportFixture.network()
    #expect(network.nodes.map(\.firstDate.description) == ["2016", "2016", "2017-05"])
    #expect(network.ties[2].dates.map(\.description) == ["2017-05", "2018-03-02"])
  }

  @Test func fullDatesFillUnknownMonthAndDayWithTheFirst() {
    #expect(ExportText.fullDate(CalendarDate(year: 2016)!) == "2016-01-01")
    #expect(ExportText.fullDate(CalendarDate(year: 2016, month: 11)!) == "2016-11-01")
    #expect(ExportText.fullDate(CalendarDate(year: 2016, month: 11, day: 9)!) == "2016-11-09")
  }
}

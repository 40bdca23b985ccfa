import ChengyuCore
import ChengyuData
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The SVG pictures parsed back as XML: well-formed, one element per government with its id and
/// position, one per tie, escaped text, legend and scale bar.
@Suite struct SVGPictureTests {
  /// What a parse of an SVG found.
  final class Census: NSObject, XMLParserDelegate {
    var nodes: [String: [String: String]] = [:]
    var duplicateIDs = 0
    var ties = 0
    var tieGroups = 0
    var ids = Set<String>()
    var texts: [String] = []
    var elements: [String] = []
    var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
      elements.append(name)
      if let id = attributes["id"] {
        if !ids.insert(id).inserted { duplicateIDs += 1 }
        if id.hasPrefix("node-") { nodes[String(id.dropFirst(5))] = attributes.merging(["element": name]) { a, _ in a } }
      }
      if let c = attributes["class"], c.split(separator: " ").contains("tie"), attributes["id"]?.hasPrefix("tie-") == true {
        ties += 1
        if name == "g" { tieGroups += 1 }
      }
      current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "text" || name == "title" || name == "desc" { texts.append(current) }
      current = ""
    }
  }

  static func parse(_ svg: String) throws -> Census {
    let parser = XMLParser(data: Data(svg.utf8))
    let census = Census()
    parser.delegate = census
    let ok = parser.parse()
    #expect(ok, "not well-formed XML: \(String(describing: parser.parserError))")
    return census
  }

  static let filters: [(String, Filter)] = {
    var governance = Filter()
    governance.families = [.governance]
    var years = Filter()
    years.years = 2016...2017
    var city = Filter()
    city.aggregation = .city
    return [("all", Filter()), ("governance", governance), ("2016-2017", years), ("city", city)]
  }()

  @Test(arguments: filters.map(\.0))
  func everyNodeAndTieIsOneElementWithItsIDAndPosition(_ name: String) throws {
    let filter = Self.filters.first { $0.0 == name }!.1
    let view = EmbeddedDataset.load().view(filter)
    let ids = Set((0..<view.graph.nodeCount).map { view.city(node: $0).id.rawValue })
    for pic in [NetworkPicture.map(view), NetworkPicture.graph(view, layout: ForceLayout(iterations: 30))!] {
      let c = try Self.parse(SVGPicture.render(pic, title: "t", description: "d"))
      #expect(Set(c.nodes.keys) == ids)
      #expect(c.ties == view.graph.tieCount)
      #expect(c.duplicateIDs == 0)
      for (_, attrs) in c.nodes {
        #expect(attrs["element"] == "circle")
        #expect(Double(attrs["cx"] ?? "") != nil && Double(attrs["cy"] ?? "") != nil)
      }
      // Ties come before nodes, so they are drawn under them.
      #expect(c.elements.firstIndex(of: "line")! < c.elements.firstIndex(of: "circle")!)
    }
    let m = try Self.parse(SVGMatrix.render(NetworkPicture.map(view), title: "t", description: "d"))
    #expect(Set(m.nodes.keys) == ids)
    #expect(m.tieGroups == view.graph.tieCount && m.ties == view.graph.tieCount)
    #expect(m.nodes.values.allSatisfy { $0["element"] == "text" && Double($0["x"] ?? "") != nil && Double($0["y"] ?? "") != nil })
  }

  @Test func mapPlacesCitiesByCoordinatesAndHasLegendScaleBarAndCJKFonts() throws {
    var region = Filter()
    region.inRegionOnly = true  // the planning area only: room for the labels of the main cities
    let view = EmbeddedDataset.load().view(region)
    let svg = SVGPicture.render(NetworkPicture.map(view), title: "成渝", description: "d")
    let c = try Self.parse(svg)
    let x = { (id: String) in Double(c.nodes[id]!["cx"]!)! }
    let y = { (id: String) in Double(c.nodes[id]!["cy"]!)! }
    #expect(x("chengdu") < x("chongqing"))
    #expect(y("chengdu") < y("luzhou"))  // Chengdu lies north of Luzhou: smaller y in SVG
    #expect(c.ids.contains("legend") && c.ids.contains("scale"))
    #expect(c.texts.contains { $0.hasSuffix(" km") })
    #expect(svg.contains("Noto Sans CJK SC") && svg.contains("Microsoft YaHei") && svg.contains("sans-serif"))
    #expect(c.texts.contains("成都") && c.texts.contains("重庆"))
  }

  @Test func hostileNamesAreSanitizedAndEscaped() throws {
    var cities = TestDatasets.cities
    cities[TestDatasets.C.chengdu].nameZh = "成<都>&\"市'\u{1B}[31m"
    cities[TestDatasets.C.chongqing].id = CityID("chong\"qing")
    let ds = Dataset(cities: cities, agreements: TestDatasets.agreements, policies: [], codebook: TestDatasets.codebook)
    let view = ds.view(Filter())
    let pic = NetworkPicture.map(view)
    for svg in [SVGPicture.render(pic, title: "<x>", description: "&"), SVGMatrix.render(pic, title: "<x>", description: "&")] {
      let c = try Self.parse(svg)
      #expect(c.nodes["chong\"qing"] != nil)
      #expect(c.texts.contains("成<都>&\"市'"))
      #expect(!svg.contains("\u{1B}"))
      #expect(c.texts.contains("<x>"))
    }
  }

  @Test func emptyNetworkStillGivesAValidDocument() throws {
    var f = Filter()
    f.years = 1900...1901
    let view = EmbeddedDataset.load().view(f)
    let pic = NetworkPicture.map(view)
    #expect(try Self.parse(SVGPicture.render(pic, title: "t", description: "d")).nodes.isEmpty)
    #expect(try Self.parse(SVGMatrix.render(pic, title: "t", description: "d")).ties == 0)
  }
}

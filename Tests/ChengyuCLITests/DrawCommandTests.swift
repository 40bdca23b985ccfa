import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `chengyu draw`, run as the built binary: SVG parsed back as XML with the counts of
/// `stats --json`, the text rendering, determinism and refusals.
@Suite struct DrawCommandTests {
  /// Counts the node and tie elements of an SVG; nil when it is not well-formed XML.
  final class Counter: NSObject, XMLParserDelegate {
    var nodes = Set<String>()
    var ties = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
      guard let id = attributes["id"] else { return }
      if id.hasPrefix("node-") { nodes.insert(id) }
      if id.hasPrefix("tie-") { ties += 1 }
    }
  }

  static func count(_ svg: [UInt8]) -> (nodes: Int, ties: Int)? {
    let parser = XMLParser(data: Data(svg))
    let c = Counter()
    parser.delegate = c
    return parser.parse() ? (c.nodes.count, c.ties) : nil
  }

  static let filters: [[String]] = [[], ["--family", "governance"], ["--years", "2016-2017"], ["--aggregate", "city"],
                                    ["--in-region", "--aggregate", "province"]]

  @Test(arguments: filters)
  func svgCountsEqualStats(_ filter: [String]) throws {
    let stats = try #require(try CLI.json(try CLI.run(["stats", "--json"] + filter)) as? [String: Any])
    for picture in ["map", "graph", "matrix"] {
      let r = try CLI.run(["draw", picture, "--format", "svg"] + filter)
      #expect(r.status == 0, "\(r.stderr)")
      let counts = try #require(Self.count(r.stdoutBytes), "\(picture) \(filter) is not well-formed XML")
      #expect(counts.nodes == stats["nodes"] as? Int, "\(picture) \(filter)")
      #expect(counts.ties == stats["ties"] as? Int, "\(picture) \(filter)")
    }
  }

  @Test func graphLayoutIsTheSameForTheSameSeed() throws {
    let a = try CLI.run(["draw", "graph", "--format", "svg"])
    let b = try CLI.run(["draw", "graph", "--format", "svg"])
    let c = try CLI.run(["draw", "graph", "--format", "svg", "--seed", "2"])
    #expect(a.status == 0 && a.stdoutBytes == b.stdoutBytes)
    #expect(a.stdoutBytes != c.stdoutBytes)
    #expect(a.stdout.contains("seed 1") && c.stdout.contains("seed 2"))
  }

  @Test func textRenderingHasTheSizeTheSelectionAndTheLegend() throws {
    let r = try CLI.run(["draw", "map", "--format", "txt", "--size", "80x24", "--select", "chengdu"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 24)
    #expect(r.stdout.contains("◉") && r.stdout.contains("成都"))
    #expect(lines.last!.hasPrefix("● 四川 ") && lines.last!.contains("■ 重庆") && lines.last!.contains("km"))
    let ascii = try CLI.run(["draw", "map", "--format", "txt", "--ascii", "--size", "60x16", "--select", "chengdu"])
    #expect(ascii.status == 0 && ascii.stdoutBytes.allSatisfy { $0 < 0x80 })
    #expect(ascii.stdout.contains("Chengdu"))
    let matrix = try CLI.run(["draw", "matrix", "--format", "txt", "--size", "80x24", "--select", "chengdu"])
    #expect(matrix.stdout.split(separator: "\n").last!.hasPrefix("成都 – "))
  }

  @Test func writesAFileAtomicallyAndRefusesToOverwriteWithoutForce() throws {
    let path = NSTemporaryDirectory() + "chengyu-draw-\(UUID().uuidString).svg"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let first = try CLI.run(["draw", "map", "-o", path])
    #expect(first.status == 0 && first.stderr == "chengyu: wrote \(path)\n")
    #expect(Self.count([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))) != nil)
    let again = try CLI.run(["draw", "matrix", "-o", path])
    #expect(again.status == 1 && again.stderr == "chengyu: \(path) already exists (use --force to overwrite it)\n")
    #expect(try CLI.run(["draw", "matrix", "-o", path, "--force"]).status == 0)
  }

  @Test func badArgumentsAreUsageErrors() throws {
    let picture = try CLI.run(["draw", "pie"])
    #expect(picture.status == 64 && picture.stderr.contains("unknown picture 'pie' (use map, graph or matrix)"))
    let format = try CLI.run(["draw", "map", "--format", "png"])
    #expect(format.status == 64 && format.stderr.contains("unknown format 'png' (use svg or txt)"))
    let size = try CLI.run(["draw", "map", "--format", "txt", "--size", "3x2"])
    #expect(size.status == 64 && size.stderr.contains("bad size '3x2'"))
    let city = try CLI.run(["draw", "map", "--format", "txt", "--select", "atlantis"])
    #expect(city.status == 64 && city.stderr.contains("unknown city 'atlantis'"))
  }

  @Test func anotherDatasetFolderDrawsToo() throws {
    let r = try CLI.run(["draw", "map", "--format", "svg", "--data", CLI.fixture("tiny")])
    #expect(r.status == 0)
    let stats = try #require(try CLI.json(try CLI.run(["stats", "--json", "--data", CLI.fixture("tiny")])) as? [String: Any])
    #expect(Self.count(r.stdoutBytes)?.nodes == stats["nodes"] as? Int)
  }
}

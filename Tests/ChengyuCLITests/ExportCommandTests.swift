import ChengyuCore
import Foundation
import Testing

/// `chengyu export`, run as the built binary: files, stdout, filters and refusals.
@Suite struct ExportCommandTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "chengyu-export-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
  }

  func run(_ args: [String]) throws -> CLIResult { try CLI.run(args) }

  func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

  @Test func governanceJSONOnStdoutHasTheViewsTieCount() throws {
    let dataset = try DatasetLoader.load(directory: CLI.dataFolder)
    var filter = Filter()
    filter.families = [.governance]
    let view = dataset.view(filter)
    let result = try run(["export", "--format", "json", "--family", "governance"])
    #expect(result.status == 0)
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(doc["tie_count"] as? Int == view.graph.tieCount)
    #expect((doc["ties"] as? [Any])?.count == view.graph.tieCount)
    #expect(doc["node_count"] as? Int == view.graph.nodeCount)
    #expect((doc["filter"] as? [String: Any])?["families"] as? [String] == ["governance"])
  }

  @Test func refusesToOverwriteWithoutForceAndNamesTheFile() throws {
    let path = folder + "/net.gexf"
    #expect(try run(["export", "--format", "gexf", "-o", path]).status == 0)
    let first = try String(contentsOfFile: path, encoding: .utf8)
    #expect(first.contains("<graph mode=\"dynamic\""))
    let again = try run(["export", "--format", "gexf", "--years", "2016", "-o", path])
    #expect(again.status == 1)
    #expect(again.stderr == "chengyu: \(path) already exists (use --force to overwrite it)\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == first)
    let forced = try run(["export", "--format", "gexf", "--years", "2016", "-o", path, "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("filter: years=2016"))
    #expect(try listing() == ["net.gexf"])
  }

  @Test func missingFolderFailsWithAClearMessageAndWritesNothing() throws {
    let path = folder + "/nowhere/net.graphml"
    let result = try run(["export", "--format", "graphml", "-o", path])
    #expect(result.status == 1)
    #expect(result.stderr == "chengyu: cannot write \(path): folder \(folder)/nowhere does not exist\n")
    #expect(try listing() == [])
  }

  @Test func csvWithABaseNameWritesNodesEdgesAndAbout() throws {
    let result = try run(["export", "--format", "csv", "--excel", "-o", folder + "/net.csv"])
    #expect(result.status == 0)
    #expect(try listing() == ["net.about.txt", "net.edges.csv", "net.nodes.csv"])
    let nodes = try Data(contentsOf: URL(fileURLWithPath: folder + "/net.nodes.csv"))
    #expect(Array(nodes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: nodes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("Id,Label,name_en,level,parent,province,in_region,lat,lon,first_date,Timeset\r\n"))
    #expect(text.contains("\r\nchengdu,成都市,Chengdu,prefecture,sichuan,sichuan,true,30.57,104.07,"))
  }

  @Test func csvOnStdoutIsTheEdgesTableWithANote() throws {
    let result = try run(["export", "--format", "csv", "--family", "governance"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Source,Target,Type,Weight,governance,collaboration,mechanism."))
    #expect(result.stdout.split(separator: "\r\n").first!.hasSuffix(",domains,first_year,last_year,first_date,last_date,agreements,Timeset"))
    #expect(result.stderr == "chengyu: note: stdout gets the edges.csv file only; use -o BASE for all 3 files\n")
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try run(["export", "--format", "xlsx"])
    #expect(result.status == 64)
    #expect(result.stderr == "chengyu: unknown format \"xlsx\" (known: csv, graphml, gexf, pajek, dl, dot, json)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func gexfVersion12IsTheDraftNamespaceAndBadVersionsAreUsageErrors() throws {
    let old = try run(["export", "--format", "gexf", "--gexf-version", "1.2"])
    #expect(old.status == 0)
    #expect(old.stdout.contains(#"<gexf xmlns="http://www.gexf.net/1.2draft""#))
    #expect(old.stdout.contains(#"version="1.2">"#))
    let bad = try run(["export", "--format", "gexf", "--gexf-version", "2.0"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains(#"unknown GEXF version "2.0" (known: 1.3, 1.2)"#))
    let wrongFormat = try run(["export", "--format", "dot", "--gexf-version", "1.2"])
    #expect(wrongFormat.status == 64)
    #expect(wrongFormat.stderr.contains("--gexf-version applies to --format gexf only"))
  }

  @Test func csvAndDLWithTheSameBaseNameDoNotCollide() throws {
    #expect(try run(["export", "--format", "csv", "-o", folder + "/net"]).status == 0)
    let dl = try run(["export", "--format", "dl", "-o", folder + "/net"])
    #expect(dl.status == 0, "\(dl.stderr)")
    #expect(try listing() == ["net.about.txt", "net.dl", "net.dl.about.txt", "net.edges.csv", "net.labels.csv", "net.nodes.csv"])
    let about = try String(contentsOfFile: folder + "/net.dl.about.txt", encoding: .utf8)
    #expect(about.contains("Transform > Symmetrize"))
  }

  @Test func twoModeExportsIncidenceCSVAndRefusesOtherFormats() throws {
    let result = try run(["export", "--two-mode", "--format", "csv", "--data", CLI.fixture("tiny"), "-o", folder + "/aff"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try listing() == ["aff.about.txt", "aff.incidence.csv", "aff.nodes.csv"])
    let incidence = try String(contentsOfFile: folder + "/aff.incidence.csv", encoding: .utf8)
    #expect(incidence.hasPrefix("agreement,"))
    let header = incidence.split(separator: "\r\n").first!.split(separator: ",")
    let rows = incidence.split(separator: "\r\n").dropFirst()
    #expect(rows.allSatisfy { $0.split(separator: ",").dropFirst().allSatisfy { $0 == "0" || $0 == "1" } })
    #expect(rows.allSatisfy { $0.split(separator: ",").count == header.count })
    let refused = try run(["export", "--two-mode", "--format", "gexf"])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--two-mode exports csv, graphml, dl only, not 'gexf'"))
  }

  @Test func validateWarnsAboutIdsWithSlashOrSpaceButPasses() throws {
    let data = try AwkwardDataset.make(in: folder)
    let result = try run(["validate", data])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("ok: "))
    #expect(result.stderr.contains(#"/cities.csv:5: warning: id "test/city b" contains '/' or white space"#))
    let clean = try run(["validate", CLI.fixture("tiny")])
    #expect(!clean.stderr.contains("warning"))
  }
}

/// `-o` targets that are not regular files, and the longest file names.
@Suite struct ExportTargetTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "chengyu-export-target-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
  }

  @Test func forceWritesThroughADeviceAndKeepsIt() throws {
    // A private copy of the null device (char 1,3), never /dev/null itself: as root, a regression
    // would otherwise replace the machine's /dev/null with a regular file.
    let device = folder + "/device"
    try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0, "mknod needs root")
    let link = folder + "/null"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: device)
    for path in [device, link] {
      let r = try CLI.run(["export", "--format", "json", "-o", path, "--force"])
      #expect(r.status == 0, "\(path): \(r.stderr)")
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == device)
    var st = stat()
    #expect(stat(device, &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
    let refused = try CLI.run(["export", "--format", "json", "-o", device])
    #expect(refused.status == 1)
    #expect(refused.stderr == "chengyu: \(device) already exists (use --force to overwrite it)\n")
  }

  @Test func fifoWithoutAReaderIsAnErrorNotAHang() throws {
    let fifo = folder + "/pipe"
    #expect(mkfifo(fifo, 0o644) == 0)
    let r = try CLI.run(["export", "--format", "json", "-o", fifo, "--force"], timeout: 60)
    #expect(r.status == 1)
    #expect(r.stderr == "chengyu: cannot write \(fifo): no process is reading the FIFO\n")
    var st = stat()
    #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
  }

  @Test func nameOf245BytesWorks() throws {
    let path = folder + "/" + String(repeating: "n", count: 240) + ".gexf"
    let r = try CLI.run(["export", "--format", "gexf", "-o", path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
  }
}

import ArgumentParser
import ChengyuCore
import ChengyuTUI

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `chengyu draw map|graph|matrix`: the explorer's pictures as SVG for papers, or as the
/// terminal rendering in text.
struct DrawCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draw",
    abstract: "Draw the filtered network as a map, a force-directed graph or a matrix (SVG or text).",
    discussion: """
      Pictures:
        map      cities at their seat coordinates (equirectangular, cos-latitude corrected)
        graph    a seeded Fruchterman–Reingold layout (same seed, same picture)
        matrix   adjacency heatmap, rows by community, then province and degree
      Formats:
        svg      for papers: Chinese labels (CJK font list), legend, scale bar (map);
                 each government is one element with id="node-<city id>" and its
                 position in cx/cy (map, graph) or x/y (matrix)
        txt      the explorer's terminal rendering at --size (braille; --ascii for
                 ASCII glyphs and pinyin labels)
      Without -o (or with -o -) the picture goes to stdout. Files are written
      atomically; an existing file is kept unless --force is given.

      Examples:
        chengyu draw map --format svg -o map.svg
        chengyu draw graph --family governance --format svg -o governance.svg
        chengyu draw map --format txt --size 100x30 --select chengdu
        chengyu draw matrix --aggregate city --format txt --ascii
      """)

  @Argument(help: ArgumentHelp("map, graph or matrix.", valueName: "picture"))
  var picture: String
  @Option(help: ArgumentHelp("svg or txt.", valueName: "format"))
  var format: String = "svg"
  @OptionGroup var dataOptions: DataOptions
  @OptionGroup var filterOptions: FilterOptions
  @Option(name: [.short, .customLong("output")], help: ArgumentHelp("File to write; - or none for stdout.", valueName: "file"))
  var output: String?
  @Flag(help: "Overwrite an existing file.")
  var force = false
  @Option(help: ArgumentHelp("Columns x rows of the txt rendering (default 100x30), or pixels of the svg (default 1000x760).", valueName: "WxH"))
  var size: String?
  @Flag(help: "txt: ASCII glyphs and pinyin labels.")
  var ascii = false
  @Option(help: ArgumentHelp("txt: the city (id) to highlight with its ties; matrix: the cursor's row.", valueName: "id"))
  var select: String?
  @Option(help: ArgumentHelp("Seed of the graph layout.", valueName: "n"))
  var seed: UInt64 = 1

  enum Kind: String, CaseIterable { case map, graph, matrix }

  func validate() throws {
    guard Kind(rawValue: picture) != nil else { throw ValidationError("unknown picture '\(picture)' (use map, graph or matrix)") }
    guard format == "svg" || format == "txt" else { throw ValidationError("unknown format '\(format)' (use svg or txt)") }
    if let size {
      guard let s = Size(parsing: size), s.width >= 20, s.height >= 6, s.width <= 5000, s.height <= 5000 else {
        throw ValidationError("bad size '\(size)' (use WxH, from 20x6 to 5000x5000)")
      }
    }
  }

  func run() throws {
    let kind = Kind(rawValue: picture)!  // checked in validate()
    let dataset = try dataOptions.load()
    let filter = try filterOptions.makeFilter(for: dataset)
    let view = dataset.view(filter)
    if view.graph.tieCount == 0 { Diagnostics.printError("note: the filter leaves no ties; the picture is empty") }
    let pic: NetworkPicture = kind == .graph
      ? NetworkPicture.graph(view, layout: ForceLayout(seed: seed))!  // never cancelled here
      : NetworkPicture.map(view)
    var selected: Int?
    if let select {
      guard let city = dataset.cityIndex[CityID(select)], let node = view.nodeOf[dataset.rollUpMap(filter.aggregation)[city]] else {
        Diagnostics.printError("unknown city '\(select)' or not a node of this filter (see chengyu list cities)")
        throw ExitCode(64)
      }
      selected = node
    }
    let text = format == "svg"
      ? svg(kind, pic, view: view, origin: dataOptions.directory ?? "embedded")
      : txt(kind, pic, view: view, selected: selected)
    try emit(Array(text.utf8))
  }

  private func svg(_ kind: Kind, _ pic: NetworkPicture, view: NetworkView, origin: String) -> String {
    let title = "chengyu \(kind.rawValue) — filter: \(FilterSummary.text(view.filter)); aggregation: \(view.filter.aggregation.rawValue)"
    let about = ExportNetwork(view: view, origin: origin).provenanceLine
      + (kind == .graph ? "; Fruchterman-Reingold layout, seed \(seed)" : "")
    if kind == .matrix { return SVGMatrix.render(pic, title: title, description: about, partition: MatrixOrder.communities(of: view)) }
    let s = size.flatMap { Size(parsing: $0) } ?? Size(width: 1000, height: 760)
    return SVGPicture.render(pic, title: title, description: about, width: s.width, height: s.height)
  }

  private func txt(_ kind: Kind, _ pic: NetworkPicture, view: NetworkView, selected: Int?) -> String {
    let s = size.flatMap { Size(parsing: $0) } ?? Size(width: 100, height: 30)
    var buffer = ScreenBuffer(size: s)
    if kind == .matrix {
      let data = MatrixData(pic, order: MatrixOrder.order(pic, partition: MatrixOrder.communities(of: view)))
      let row = selected.map { data.position[$0] } ?? 0
      MatrixView(picture: pic, data: data, cursor: (row, row == 0 && data.order.count > 1 ? 1 : 0), ascii: ascii)
        .render(in: buffer.area, into: &buffer)
    } else {
      PictureView(picture: pic, selected: selected, ascii: ascii).render(in: buffer.area, into: &buffer)
    }
    return buffer.lines.map { line in
      var l = Substring(line)
      while l.last == " " { l = l.dropLast() }
      return String(l)
    }.joined(separator: "\n") + "\n"
  }

  private func emit(_ bytes: [UInt8]) throws {
    guard let output, output != "-" else {
      let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stdout) }
      guard written == bytes.count, fflush(stdout) == 0 else {
        Diagnostics.printError("cannot write to stdout: \(FileIO.lastErrorText())")
        throw ExitCode(1)
      }
      return
    }
    do {
      try AtomicFile.write(path: output, bytes: bytes, force: force)
    } catch {
      Diagnostics.printError(error.description)
      throw ExitCode(1)
    }
    Diagnostics.printError("wrote \(output)")
  }
}

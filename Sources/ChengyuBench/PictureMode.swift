import ChengyuCore
import ChengyuData
import ChengyuTUI

/// `picture [DIR] [--cities N --agreements M --seed S] [--size WxH] [--runs R]`: the cost of the
/// map and graph pictures. With no argument the embedded dataset, with `--cities` a SYNTHETIC
/// corpus built in memory, with DIR a dataset folder. Reports building the map picture (once
/// per filter), one map frame at --size (median of R renders), the force-directed layout, and the
/// bytes a pan key rewrites against a full repaint (text of the rewritten rows, which is what
/// the row diff sends; ncurses adds its cursor and attribute sequences to both).
enum PictureMode {
  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["cities", "agreements", "seed", "size", "runs"])
    let runs = try options.int("runs", default: 50, minimum: 1)
    guard let size = Size(parsing: options.string("size") ?? "120x40"), size.width >= 60, size.height >= 16 else {
      throw UsageError(message: "--size must be WxH, at least 60x16")
    }
    let dataset: Dataset
    if let directory = options.positional.first {
      print("Picture benchmark on \(directory)")
      dataset = try DatasetLoader.load(directory: directory)
    } else if options.string("cities") != nil {
      let corpus = SyntheticCorpus(seed: UInt64(try options.int("seed", default: 1)),
                                   cities: try options.int("cities", default: 2_900, minimum: 3),
                                   agreements: try options.int("agreements", default: 20_000))
      print("Picture benchmark on a SYNTHETIC corpus (seed \(corpus.seed), not real data)")
      dataset = try DatasetLoader.load(corpus.files())
    } else {
      print("Picture benchmark on the embedded dataset")
      dataset = EmbeddedDataset.load()
    }
    let view = dataset.view()
    print("  network: \(view.graph.nodeCount) nodes, \(view.graph.tieCount) ties; frame \(size)")
    let (map, built, _) = timedWithCPU { NetworkPicture.map(view) }
    print("  map picture (once per filter): \(fixed(built * 1000, 2)) ms")
    var times: [Double] = []
    let widget = PictureView(picture: map, selected: map.nodes.indices.min { map.nodes[$0].rank < map.nodes[$1].rank })
    for _ in 0..<runs {
      var buffer = ScreenBuffer(size: size)
      let (_, t, _) = timedWithCPU { widget.render(in: buffer.area, into: &buffer) }
      times.append(t)
    }
    times.sort()
    print("  map frame: median \(fixed(times[times.count / 2] * 1000, 2)) ms, max \(fixed(times.last! * 1000, 2)) ms over \(runs) renders")
    let (graph, laid, _) = timedWithCPU { NetworkPicture.graph(view)! }
    print("  force layout (\(view.graph.nodeCount <= ForceLayout().exactLimit ? "all pairs" : "grid")): \(fixed(laid, 3)) s")
    _ = graph
    panBytes(dataset, size)
  }

  /// Bytes of the rows the run loop rewrites for one pan key (H) on the map screen, and for a
  /// full repaint.
  static func panBytes(_ dataset: Dataset, _ size: Size) {
    var program = ExplorerProgram(dataset: dataset, size: size)
    _ = program.handle(.resize(size))
    _ = program.handle(.key(.char("8")))
    var before = ScreenBuffer(size: size)
    program.render(into: &before)
    _ = program.handle(.key(.char("H")))
    var after = ScreenBuffer(size: size)
    program.render(into: &after)
    let rows = FrameDiff.changedRows(from: before, to: after)
    let bytes = { (rows: [Int]) in rows.map { after.lines[$0].utf8.count }.reduce(0, +) }
    print("  pan key: \(rows.count) of \(size.height) rows, \(bytes(rows)) bytes; full repaint \(bytes(Array(0..<size.height))) bytes")
  }
}

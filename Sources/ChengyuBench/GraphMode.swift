import ChengyuCore

/// `graph [DIR] [--cities N --agreements M --seed S] [--threads T] [--edges FILE] [--only a,b]`:
/// times loading, tie building and every network measure, with wall and CPU time and peak memory;
/// `--only` also takes the extras of GraphMode+Extras.swift (follow-up counts, cancellation).
///
/// DIR is a dataset folder (normally one written by `generate`); without it the SYNTHETIC corpus
/// of `generate` is built in memory from the sizes and seed. `--edges` writes the tie list that
/// scripts/bench_networkx_igraph.py reads, so the libraries time the very same network.
enum GraphMode {
  static let measures = [
    "degree", "components", "betweenness", "betweenness-weighted", "closeness", "eigenvector",
    "clustering", "core", "constraint", "louvain", "louvain-1-run", "core-periphery", "qap",
  ]

  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["cities", "agreements", "seed", "threads", "edges", "only"])
    let threads = try options.int("threads", default: 0, minimum: 0)
    let only = Set((options.string("only") ?? "").split(separator: ",").map(String.init))
    if let unknown = only.first(where: { !measures.contains($0) && !extras.contains($0) }) {
      throw UsageError(message: "unknown measure \"\(unknown)\" (known: \((measures + extras).joined(separator: ", ")))")
    }
    let dataset = try BenchDataset.load(options, what: "Graph benchmark")
    let (view, b) = measuredStep { dataset.view() }
    reportStep("build ties", b)
    let graph = view.graph
    let n = threads == 0 ? CooperationGraph.defaultThreadCount : threads
    print("  network: \(graph.nodeCount) nodes, \(graph.tieCount) ties; \(n) threads for path measures")
    if let path = options.string("edges") { try writeEdges(graph, to: path) }
    for name in measures where only.isEmpty || only.contains(name) {
      if name == "qap" {
        reportStep(name, measuredStep { layers(dataset) }.1)
      } else {
        reportStep(name, measuredStep { compute(name, graph, threads: n) }.1)
      }
    }
    for name in extras where only.contains(name) { runExtra(name, view) }
    print("  peak resident memory (VmHWM): \(peakResidentMiB().map { fixed($0, 1) } ?? "?") MiB")
  }

  private static func compute(_ name: String, _ g: CooperationGraph, threads: Int) {
    switch name {
    case "degree": _ = (g.degrees(), g.strengths())
    case "components": _ = g.components()
    case "betweenness": _ = g.betweenness(threads: threads)
    case "betweenness-weighted": _ = g.betweenness(weighted: true, threads: threads)
    case "closeness": _ = g.closeness(threads: threads)
    case "eigenvector": _ = g.eigenvector()
    case "clustering": _ = g.clustering()
    case "core": _ = g.coreNumbers()
    case "louvain", "louvain-1-run":
      let c = g.louvain(restarts: name == "louvain" ? 20 : 1)
      print("  (\(name): \(c.count) communities, modularity \(c.modularity.map { fixed($0, 4) } ?? "-"))")
    case "core-periphery": _ = CorePeriphery(graph: g)
    default: _ = (g.constraint(), g.effectiveSize())
    }
  }

  /// `compare --layers governance,collaboration` with the command line's defaults (1,000
  /// permutations, seed 1): both layer networks, their overlap and the QAP on sparse matrices.
  private static func layers(_ dataset: Dataset) {
    let c = LayerComparison(dataset: dataset, filter: Filter(), layers: (.family(.governance), .family(.collaboration)))
    print("  (qap: \(c.cities.count) nodes, r \(c.qap.correlation.map { fixed($0, 4) } ?? "-"), p \(c.qap.pValue.map { fixed($0, 4) } ?? "-"))")
  }

  /// Writes `nodes N` then one `a b weight` line per tie (node positions).
  private static func writeEdges(_ g: CooperationGraph, to path: String) throws {
    var text = "nodes \(g.nodeCount)\n"
    for t in g.ties { text += "\(t.a) \(t.b) \(t.weight)\n" }
    do { try AtomicFile.write(path: path, bytes: Array(text.utf8), force: true) } catch {
      throw BenchFailure(description: error.description)
    }
    print("  tie list written to \(path)")
  }
}

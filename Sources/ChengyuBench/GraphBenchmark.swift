import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `ChengyuBench graph`: times loading, tie building and every network measure.
///
///     ChengyuBench graph --data DIR            a (synthetic) dataset folder, e.g. from `generate`
///     ChengyuBench graph --cities 2900 --agreements 100000 [--seed 1]   built-in synthetic
///     options: --threads T, --edges FILE (write the tie list for scripts/bench_networkx_igraph.py),
///              --only betweenness,closeness  (measures to run; default all)
func runGraphBenchmark(_ args: [String]) {
  var options: [String: String] = [:]
  var i = 0
  while i < args.count {
    guard args[i].hasPrefix("--"), i + 1 < args.count else {
      print("graph: unexpected argument '\(args[i])'")
      exit(64)
    }
    options[String(args[i].dropFirst(2))] = args[i + 1]
    i += 2
  }
  let threads = options["threads"].flatMap { Int($0) }
  let only = Set((options["only"] ?? "").split(separator: ",").map(String.init))
  func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

  let graph: CooperationGraph
  if let dir = options["data"] {
    let (dataset, loadTime) = timed { try? DatasetLoader.load(directory: dir) }
    guard let dataset else {
      print("graph: cannot load dataset \(dir) (run `chengyu validate \(dir)` for details)")
      exit(65)
    }
    report("load \(dir) (\(dataset.cities.count) cities, \(dataset.agreements.count) agreements)", loadTime)
    let (view, buildTime) = timed { dataset.view() }
    report("build ties", buildTime)
    graph = view.graph
  } else {
    let cities = Int(options["cities"] ?? "2900") ?? 2900
    let count = Int(options["agreements"] ?? "100000") ?? 100000
    let seed = UInt64(options["seed"] ?? "1") ?? 1
    var generator = GraphBenchSynthetic(seed: seed)
    let (agreements, genTime) = timed { generator.agreements(cities: cities, agreements: count) }
    report("generate SYNTHETIC \(cities) cities, \(count) agreements, seed \(seed)", genTime)
    let (built, buildTime) = timed { buildGraph(cities: cities, agreements: agreements) }
    report("build ties", buildTime)
    graph = built
  }
  print("graph: \(graph.nodeCount) nodes, \(graph.tieCount) ties, threads \(threads ?? CooperationGraph.defaultThreadCount)")
  if let path = options["edges"] { writeEdges(graph, to: path) }

  if wanted("degree") { report("degree + strength", timed { _ = (graph.degrees(), graph.strengths()) }.1) }
  if wanted("components") { report("components", timed { _ = graph.components() }.1) }
  if wanted("betweenness") { report("betweenness", timed { _ = graph.betweenness(threads: threads) }.1) }
  if wanted("betweenness-weighted") {
    report("betweenness (weighted)", timed { _ = graph.betweenness(weighted: true, threads: threads) }.1)
  }
  if wanted("closeness") { report("closeness", timed { _ = graph.closeness(threads: threads) }.1) }
  if wanted("eigenvector") { report("eigenvector", timed { _ = graph.eigenvector() }.1) }
  if wanted("clustering") { report("clustering", timed { _ = graph.clustering() }.1) }
  if wanted("core") { report("k-core", timed { _ = graph.coreNumbers() }.1) }
  if wanted("constraint") { report("constraint + effective size", timed { _ = (graph.constraint(), graph.effectiveSize()) }.1) }
  print("peak memory (VmHWM): \(peakMemory())")
}

/// The tie rule of `NetworkBuilder` over plain party lists: every pair of parties, weight =
/// number of agreements.
private func buildGraph(cities: Int, agreements: [[Int]]) -> CooperationGraph {
  var index: [Int: Int] = [:]
  var ties: [Tie] = []
  for parties in agreements {
    for a in 0..<parties.count {
      for b in (a + 1)..<parties.count {
        let (u, v) = (min(parties[a], parties[b]), max(parties[a], parties[b]))
        if let t = index[u * cities + v] { ties[t].weight += 1 } else {
          index[u * cities + v] = ties.count
          ties.append(Tie(a: u, b: v, weight: 1))
        }
      }
    }
  }
  return CooperationGraph(nodes: Array(0..<cities), ties: ties)
}

/// Writes `nodes N` then one `a b weight` line per tie.
private func writeEdges(_ g: CooperationGraph, to path: String) {
  guard let f = fopen(path, "w") else {
    print("graph: cannot write \(path)")
    exit(73)
  }
  fputs("nodes \(g.nodeCount)\n", f)
  for t in g.ties { fputs("\(t.a) \(t.b) \(t.weight)\n", f) }
  fclose(f)
  print("wrote tie list \(path)")
}

/// Wall time and process CPU time (all threads): on a shared machine CPU time shows the work
/// done even when other processes delay the wall clock.
private struct Timing {
  let wall: Duration
  let cpu: Double
}

private func timed<T>(_ body: () -> T) -> (T, Timing) {
  let clock = ContinuousClock()
  let cpu0 = cpuSeconds()
  let start = clock.now
  let value = body()
  return (value, Timing(wall: clock.now - start, cpu: cpuSeconds() - cpu0))
}

private func cpuSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

private func report(_ what: String, _ t: Timing) {
  let ms = Double(t.wall.components.seconds) * 1000 + Double(t.wall.components.attoseconds) / 1e15
  print("\(what): \(oneDecimal(ms)) ms wall, \(oneDecimal(t.cpu * 1000)) ms cpu")
}

private func oneDecimal(_ x: Double) -> String {
  let tenths = Int((x * 10).rounded())
  return "\(tenths / 10).\(tenths % 10)"
}

/// VmHWM from /proc/self/status (Linux), or "unknown".
private func peakMemory() -> String {
  guard let bytes = FileIO.readAll(path: "/proc/self/status") else { return "unknown" }
  let text = String(decoding: bytes, as: UTF8.self)
  for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return line.dropFirst(6).split(separator: " ").joined(separator: " ")
  }
  return "unknown"
}

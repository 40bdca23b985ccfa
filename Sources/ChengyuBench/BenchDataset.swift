import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

/// The dataset a benchmark mode runs on: the folder given (normally one written by `generate`),
/// or the SYNTHETIC corpus of `generate` built in memory from `--cities`, `--agreements` and
/// `--seed`; loading is timed and reported.
enum BenchDataset {
  static func load(_ options: Options, what: String) throws -> Dataset {
    if let directory = options.positional.first {
      print("\(what) on \(directory) (expected to be SYNTHETIC, see ChengyuBench generate)")
      let (loaded, t) = try measuredStep { try DatasetLoader.load(directory: directory) }
      reportStep("load", t)
      print("  \(loaded.cities.count) cities, \(loaded.agreements.count) agreements")
      return loaded
    }
    let corpus = SyntheticCorpus(
      seed: UInt64(try options.int("seed", default: 1)),
      cities: try options.int("cities", default: 2_900, minimum: 3),
      agreements: try options.int("agreements", default: 100_000))
    print("\(what) on a SYNTHETIC corpus (seed \(corpus.seed), not real data)")
    let (files, g) = measuredStep { corpus.files() }
    reportStep("generate", g)
    let (loaded, t) = try measuredStep { try DatasetLoader.load(files) }
    reportStep("load (parse + validate)", t)
    print("  \(loaded.cities.count) cities, \(loaded.agreements.count) agreements")
    return loaded
  }
}

/// Wall seconds and process CPU seconds (all threads, since some steps run on several): on a
/// shared machine CPU time shows the work done even when other processes delay the wall clock.
func measuredStep<T>(_ body: () throws -> T) rethrows -> (T, (wall: Double, cpu: Double)) {
  let (value, wall, cpu) = try timedWithCPU(cpuClock: CLOCK_PROCESS_CPUTIME_ID, body)
  return (value, (wall, cpu))
}

/// "  what: W s wall, C s cpu", the line scripts read.
func reportStep(_ what: String, _ t: (wall: Double, cpu: Double)) {
  print("  \(what): \(fixed(t.wall)) s wall, \(fixed(t.cpu)) s cpu")
}

import ChengyuCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// `load DIR [--runs R]`: full `DatasetLoader` timing (read, parse, validate, build into the
/// columnar `AgreementStore`) and peak memory. The last line is for scripts (the bench lane's
/// comparison with pandas): `RESULT load read_s=… load_s=… load_cpu_s=… peak_mib=… agreements=…`
/// (`load_s` the best of the runs).
enum LoadMode {
  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["runs"])
    guard options.positional.count == 1 else { throw UsageError(message: "load needs one folder") }
    let directory = options.positional[0]
    let runs = try options.int("runs", default: 1, minimum: 1)
    print("Dataset load benchmark (input is expected to be SYNTHETIC, see ChengyuBench generate)")
    let (files, readSeconds, _) = timedWithCPU { DatasetFiles.read(directory: directory) }
    let megabytes = Double(files.contents.values.reduce(0) { $0 + $1.count }) / 1_000_000
    print("  \(directory): \(fixed(megabytes, 1)) MB in \(files.contents.count) files, read in \(fixed(readSeconds)) s")
    var best = (seconds: Double.infinity, cpu: 0.0)
    var agreements = 0
    for run in 1...runs {
      // Process CPU: agreements.csv is parsed on two threads.
      let (dataset, seconds, cpu) = try timedWithCPU(cpuClock: CLOCK_PROCESS_CPUTIME_ID) { try DatasetLoader.load(files) }
      if seconds < best.seconds { best = (seconds, cpu) }
      agreements = dataset.agreements.count
      print("  run \(run): DatasetLoader.load (parse + validate + build) \(fixed(seconds)) s elapsed, "
        + "\(fixed(cpu)) s CPU, "
        + "\(fixed(megabytes / seconds, 0)) MB/s: \(dataset.cities.count) cities, "
        + "\(dataset.agreements.count) agreements, \(dataset.policies.count) policies")
    }
    let peak = peakResidentMiB().map { fixed($0, 1) } ?? "?"
    print("  peak resident memory (VmHWM): \(peak) MiB")
    print("RESULT load read_s=\(fixed(readSeconds)) load_s=\(fixed(best.seconds)) load_cpu_s=\(fixed(best.cpu)) "
      + "peak_mib=\(peak) agreements=\(agreements) megabytes=\(fixed(megabytes, 1))")
  }
}

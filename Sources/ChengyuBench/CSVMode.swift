import ChengyuCore

/// `csv FILE [--runs R]`: parse-only timing of the core CSV reader on one file.
///
/// Times three passes over the bytes already in memory, each the best of R runs: a bare byte
/// scan (the floor), the scanner alone (`forEachRecord`, no Strings; what libcsv's callbacks do)
/// and owned records with a String per field (`next()`, what a naive caller gets).
enum CSVMode {
  static func run(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, known: ["runs"])
    guard options.positional.count == 1 else { throw UsageError(message: "csv needs one file") }
    let path = options.positional[0]
    let runs = try options.int("runs", default: 3, minimum: 1)
    let (read, readSeconds, _) = timedWithCPU { FileIO.readAll(path: path) }
    guard let bytes = read else { throw UsageError(message: "\(path): cannot read (\(FileIO.lastErrorText()))") }
    let megabytes = Double(bytes.count) / 1_000_000
    print("CSV parse benchmark (input is expected to be SYNTHETIC, see ChengyuBench generate)")
    print("  file \(path): \(fixed(megabytes, 1)) MB, read in \(fixed(readSeconds)) s")

    func report(_ name: String, _ body: () throws -> (Int, Int)) rethrows {
      var best = (elapsed: Double.infinity, cpu: Double.infinity)
      var counts = (0, 0)
      var all: [String] = []
      for _ in 0..<runs {
        let (c, elapsed, cpu) = try timedWithCPU(body)
        counts = c
        best = (min(best.elapsed, elapsed), min(best.cpu, cpu))
        all.append(fixed(elapsed))
      }
      print("  \(name): \(counts.0) records, \(counts.1) fields")
      print("    elapsed best \(fixed(best.elapsed)) s of [\(all.joined(separator: ", "))], "
        + "\(fixed(megabytes / best.elapsed, 0)) MB/s; CPU best \(fixed(best.cpu)) s")
    }
    report("bare byte scan (count LF)") { (byteScan(bytes), 0) }
    do {
      try report("scanner, no Strings (forEachRecord)") {
        var reader = CSVReader(bytes: bytes)
        var records = 0
        var fields = 0
        try reader.forEachRecord { view in
          records += 1
          fields += view.count
        }
        return (records, fields)
      }
      try report("records with Strings (next)") {
        var reader = CSVReader(bytes: bytes)
        var records = 0
        var fields = 0
        while let record = try reader.next() {
          records += 1
          fields += record.fields.count
        }
        return (records, fields)
      }
    } catch let error as CSVError {
      throw BenchFailure(description: "\(path):\(error.line): \(error.reason)")
    }
    print("  peak resident memory (VmHWM): \(peakResidentMiB().map { fixed($0, 1) } ?? "?") MiB")
  }

  /// Counts LF bytes: the least work any CSV parser must do, for comparison.
  private static func byteScan(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var lines = 0
      for b in buffer where b == 0x0A { lines += 1 }
      return lines
    }
  }
}

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif
import ChengyuCore

/// A command-line mistake: printed with the usage, then the program exits with status 2.
struct UsageError: Error {
  var message: String
}

/// A failure worth one plain line (bad input file, unwritable folder); exit status 1.
struct BenchFailure: Error, CustomStringConvertible {
  var description: String
}

/// Seconds on a clock: CLOCK_MONOTONIC (elapsed, unaffected by wall-clock changes) or
/// CLOCK_THREAD_CPUTIME_ID (CPU time of this thread: steadier on a machine shared with others).
func clockSeconds(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
  var ts = timespec()
  clock_gettime(clock, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Runs `body` and returns its result, the elapsed monotonic seconds and the CPU seconds on
/// `cpuClock`: this thread's by default, CLOCK_PROCESS_CPUTIME_ID for work spread over threads.
func timedWithCPU<T>(
  cpuClock: clockid_t = CLOCK_THREAD_CPUTIME_ID, _ body: () throws -> T
) rethrows -> (T, elapsed: Double, cpu: Double) {
  let start = clockSeconds()
  let startCPU = clockSeconds(cpuClock)
  let result = try body()
  return (result, clockSeconds() - start, clockSeconds(cpuClock) - startCPU)
}

/// Peak resident memory of this process in MiB (VmHWM in /proc/self/status), nil if unknown.
func peakResidentMiB() -> Double? {
  guard let bytes = FileIO.readAll(path: "/proc/self/status") else { return nil }
  for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kib = line.split(separator: " ").compactMap { Int($0) }.first
    return kib.map { Double($0) / 1024 }
  }
  return nil
}

/// The size of a file in bytes (0 when it cannot be read).
func fileSize(_ path: String) -> Int {
  var st = stat()
  return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

/// `value` with `digits` decimals (3 unless given).
func fixed(_ value: Double, _ digits: Int = 3) -> String { NumberFormat.fixed(value, digits: digits) }

/// Options of the form `--name value` after the positional arguments.
struct Options {
  private(set) var positional: [String] = []
  private var values: [String: String] = [:]

  init(_ arguments: ArraySlice<String>, known: Set<String>) throws(UsageError) {
    var it = arguments.makeIterator()
    while let a = it.next() {
      if a.hasPrefix("--") {
        let name = String(a.dropFirst(2))
        guard known.contains(name) else { throw UsageError(message: "unknown option \(a)") }
        guard let v = it.next() else { throw UsageError(message: "\(a) needs a value") }
        values[name] = v
      } else {
        positional.append(a)
      }
    }
  }

  /// A text option, nil when absent.
  func string(_ name: String) -> String? { values[name] }

  /// A whole number option, or `fallback` when absent.
  func int(_ name: String, default fallback: Int, minimum: Int = 0) throws(UsageError) -> Int {
    guard let text = values[name] else { return fallback }
    guard let v = Int(text), v >= minimum else {
      throw UsageError(message: "--\(name) must be a whole number ≥ \(minimum), not \"\(text)\"")
    }
    return v
  }
}

/// Writes bytes to standard output in large blocks.
struct OutputBuffer {
  private var bytes: [UInt8] = []

  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    if bytes.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    bytes.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    bytes.removeAll(keepingCapacity: true)
    fflush(stdout)
  }
}

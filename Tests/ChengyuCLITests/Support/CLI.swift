import Foundation

/// Runs the built `chengyu` binary and captures what it printed.
struct CLIResult {
  var status: Int32
  var stdoutBytes: [UInt8]
  var stderr: String
  var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
  var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

enum CLI {
  /// The package root, found from this file's location.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A fixture folder under Tests/ChengyuCLITests/Fixtures.
  static func fixture(_ name: String) -> String {
    root.appendingPathComponent("Tests/ChengyuCLITests/Fixtures/\(name)").path
  }

  /// The repository's data/ folder (the source of the embedded copy).
  static var dataFolder: String { root.appendingPathComponent("data").path }

  /// The binary: `CHENGYU_BIN` if set, else next to the running test bundle (`swift test` builds
  /// it into the same folder), else `.build/debug/chengyu`.
  static let binary: String = {
    if let env = ProcessInfo.processInfo.environment["CHENGYU_BIN"] { return env }
    let fm = FileManager.default
    var candidates: [URL] = []
    let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = me.deletingLastPathComponent()
    // The test executable may sit inside an .xctest bundle folder; walk up a few levels.
    for _ in 0..<4 {
      candidates.append(dir.appendingPathComponent("chengyu"))
      dir = dir.deletingLastPathComponent()
    }
    candidates.append(root.appendingPathComponent(".build/debug/chengyu"))
    for c in candidates where fm.isExecutableFile(atPath: c.path) {
      var isDir: ObjCBool = false
      if fm.fileExists(atPath: c.path, isDirectory: &isDir), !isDir.boolValue { return c.path }
    }
    return candidates.last!.path
  }()

  /// Where the child's standard output goes.
  enum Stdout {
    /// A file the test reads back (the default).
    case captured
    /// Another path, e.g. /dev/full; nothing is captured.
    case path(String)
    /// A closed descriptor (`>&-`).
    case closed
  }

  /// Runs `chengyu args…` (or another built `program`, e.g. ChengyuBench) with `CHENGYU_DATA`
  /// and the locale variables that choose the language
  /// (`LC_ALL`, `LC_MESSAGES`, `LANG`) removed from the environment unless given, so output is
  /// English whatever the machine's locale.
  ///
  /// A run that has not ended after `timeout` seconds is killed, so a hang shows as a failed
  /// test (status 137: killed) rather than a test run that never ends.
  static func run(
    _ args: [String], environment extra: [String: String] = [:], stdout target: Stdout = .captured,
    timeout: Double = 300, program: String = binary
  ) throws -> CLIResult {
    let fm = FileManager.default
    let tmp = fm.temporaryDirectory.appendingPathComponent("chengyu-cli-\(UUID().uuidString)")
    try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? fm.removeItem(at: tmp) }
    let out = tmp.appendingPathComponent("stdout")
    let err = tmp.appendingPathComponent("stderr")
    _ = fm.createFile(atPath: out.path, contents: nil)
    _ = fm.createFile(atPath: err.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    let p = Process()
    if case .closed = target {
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", "exec \"$0\" \"$@\" >&-", program] + args
    } else {
      p.executableURL = URL(fileURLWithPath: program)
      p.arguments = args
    }
    var env = ProcessInfo.processInfo.environment
    for name in ["CHENGYU_DATA", "LC_ALL", "LC_MESSAGES", "LANG"] { env.removeValue(forKey: name) }
    for (k, v) in extra { env[k] = v }
    p.environment = env
    // Files rather than pipes: large outputs cannot fill a pipe buffer and stall the child.
    if case .path(let path) = target {
      p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    } else {
      p.standardOutput = outHandle
    }
    p.standardError = errHandle
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let pid = p.processIdentifier
    let killer = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
    p.waitUntilExit()
    killer.cancel()
    try outHandle.close()
    try errHandle.close()
    return CLIResult(
      // A signal shows as 128 + its number, as in a shell, so no test mistakes it for an exit code.
      status: p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus,
      stdoutBytes: [UInt8](try Data(contentsOf: out)),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }

  /// Parses JSON output with Foundation.
  static func json(_ r: CLIResult) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(r.stdoutBytes))
  }
}

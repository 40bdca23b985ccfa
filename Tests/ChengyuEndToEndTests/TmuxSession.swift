import Foundation
import Synchronization

/// Drives a program inside a private tmux server, for end-to-end tests of the real terminal UI.
///
/// Each session has its own server socket (`-L chengyu-e2e-<pid>-<n>`, never the user's) and
/// no config file; `remain-on-exit` keeps the pane, so the last screen stays readable after the
/// program ends. Tests wait for conditions by polling every 50 ms, never by bare sleeps.
final class TmuxSession {
  /// Why a session call failed; the text includes the screen so failures explain themselves.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private static let counter = Atomic<Int>(0)
  let socket: String
  /// A private folder for the wrapper shell's status file; removed by `close`.
  private let folder: String
  private var statusPath: String { folder + "/status" }
  private var closed = false

  /// True when a tmux binary is on PATH.
  static let isAvailable: Bool = (try? run(["tmux", "-V"]).status) == 0

  /// Whether e2e tests should run: with tmux, or on CI, where a missing tmux must fail the
  /// suite rather than let it pass by skipping.
  static var shouldRun: Bool {
    isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"
  }

  /// Starts `command` in a `width`×`height` pane with LANG=C.UTF-8 and without LINES, COLUMNS
  /// and NO_COLOR from the caller; `environment` adds or overrides variables
  /// (LANG=C, NO_COLOR=1, TERM=…) and `unsetting` removes more.
  init(
    command: [String], width: Int = 100, height: Int = 30,
    environment: [String: String] = [:], unsetting: [String] = []
  ) throws {
    guard TmuxSession.isAvailable else {
      throw Failure(description: "tmux is not installed; end-to-end tests need it (apt-get install tmux)")
    }
    let n = TmuxSession.counter.add(1, ordering: .relaxed).newValue
    socket = "chengyu-e2e-\(getpid())-\(n)"
    var env = ["LANG": "C.UTF-8"]
    env.merge(environment) { $1 }
    // LINES/COLUMNS would override the pty size; NO_COLOR from the caller's shell would turn
    // colour tests monochrome. Tests that want it pass it in `environment`.
    let inherited = ["LINES", "COLUMNS", "NO_COLOR"].filter { env[$0] == nil }
    let unset = (inherited + unsetting).flatMap { ["-u", $0] }
    let assignments = env.keys.sorted().map { "\($0)=\(env[$0]!)" }
    // The exit status comes from a wrapper shell, not #{pane_dead_status}: here the tmux
    // server misses some SIGCHLDs (about one exit in four stays an unreaped zombie, even for
    // `sleep`), so the pane never reports a status. The wrapper's traps only make it outlive
    // the program; the program itself gets default signal handling.
    folder = FileManager.default.temporaryDirectory.path + "/\(socket)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let wrapper = "trap : INT TERM HUP QUIT; \"$@\"; s=$?; echo $s > \"$0.part\"; "
      + "mv \"$0.part\" \"$0\"; exit $s"
    let words = ["exec", "sh", "-c", wrapper, statusPath, "env"] + unset + assignments + command
    let shellCommand = words.enumerated().map { $0.offset == 0 ? $0.element : TmuxSession.quote($0.element) }
      .joined(separator: " ")
    try tmux([
      "start-server", ";", "set", "-g", "remain-on-exit", "on", ";",
      "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", shellCommand,
    ])
  }

  /// Starts the built `chengyu` executable with `arguments`.
  convenience init(
    chengyu arguments: [String], width: Int = 100, height: Int = 30,
    environment: [String: String] = [:], unsetting: [String] = []
  ) throws {
    try self.init(command: [try TmuxSession.chengyuBinary().path] + arguments, width: width,
                  height: height, environment: environment, unsetting: unsetting)
  }

  deinit { close() }

  /// Sends keys by tmux name: "j", "Enter", "Escape", "BTab", "C-c", "Up", "NPage".
  func sendKeys(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "t"] + keys)
  }

  /// Types `text` literally (CJK included).
  func sendLiteral(_ text: String) throws {
    try tmux(["send-keys", "-t", "t", "-l", text])
  }

  /// The visible screen as text (tmux trims trailing spaces); with `escapes`, colours and
  /// attributes as SGR sequences; with `history`, the lines scrolled off the top first.
  func capture(escapes: Bool = false, history: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "t"] + (escapes ? ["-e"] : []) + (history ? ["-S", "-"] : []))
  }

  /// Polls the screen every 50 ms until it contains `text`; returns that screen.
  @discardableResult
  func waitFor(text: String, timeout: Double = 10) throws -> String {
    try waitFor(timeout: timeout, "text \"\(text)\"") { $0.contains(text) }
  }

  /// Polls the screen every 50 ms until `condition` holds; returns that screen.
  @discardableResult
  func waitFor(
    timeout: Double = 10, _ what: String = "condition", _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = try capture()
    while !condition(screen) {
      guard Date() < deadline else {
        throw Failure(description: "timed out after \(timeout) s waiting for \(what); screen:\n\(screen)")
      }
      usleep(50_000)
      screen = try capture()
    }
    return screen
  }

  /// Resizes the window; the program sees SIGWINCH.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Waits until the program has ended and returns its exit status, or 128 + the signal
  /// number when a signal ended it (as the shell reports it).
  func waitForExit(timeout: Double = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      guard Date() < deadline else {
        throw Failure(description: "program still running after \(timeout) s; screen:\n\(try capture())")
      }
      usleep(50_000)
    }
  }

  /// A tmux format evaluated for the pane, e.g. "#{alternate_on}" (1 while the program holds
  /// the alternate screen) or "#{cursor_flag}" (1 when the cursor is visible).
  func paneFormat(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", "t", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The process id of the program (the child of the wrapper shell in the pane).
  func programPID() throws -> pid_t {
    let shell = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    guard let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) else {
      throw Failure(description: "no program running under pane shell \(shell)")
    }
    return pid
  }

  /// Stops the private server. Called by deinit; safe to call twice.
  func close() {
    guard !closed else { return }
    closed = true
    _ = try? TmuxSession.run(["tmux", "-L", socket, "kill-server"])
    // The wrapper may still write after the kill; without its folder the write just fails.
    try? FileManager.default.removeItem(atPath: folder)
    // tmux leaves its socket file behind when killed; do not litter the socket folder.
    let socketRoot = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    unlink("\(socketRoot)/tmux-\(getuid())/\(socket)")
  }

  @discardableResult
  private func tmux(_ args: [String]) throws -> String {
    let result = try TmuxSession.run(["tmux", "-L", socket, "-f", "/dev/null"] + args)
    guard result.status == 0 else {
      throw Failure(description: "tmux \(args.joined(separator: " ")) failed (\(result.status)): \(result.output)")
    }
    return result.output
  }

  /// Runs a command without the caller's TMUX variable (never talk to a tmux the tests
  /// themselves run in).
  private static func run(_ argv: [String]) throws -> (status: Int32, output: String) {
    var env = ProcessInfo.processInfo.environment
    env["TMUX"] = nil
    return try Spawn.run(argv, environment: env)
  }

  /// Single-quotes a word for the shell tmux runs the command with.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// The built `chengyu` executable: $CHENGYU_BINARY, else beside the test runner in the build
  /// products directory (`swift test` builds executables too), else `.build/debug/chengyu`.
  static func chengyuBinary() throws -> URL {
    var candidates: [URL] = []
    if let explicit = ProcessInfo.processInfo.environment["CHENGYU_BINARY"] {
      candidates.append(URL(fileURLWithPath: explicit))
    }
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    candidates.append(runner.deletingLastPathComponent().appendingPathComponent("chengyu"))
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("chengyu"))
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/chengyu"))
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
      return found
    }
    throw Failure(description: "chengyu binary not found; looked at \(candidates.map(\.path))")
  }
}

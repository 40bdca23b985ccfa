import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command with posix_spawn and waitpid, output to temporary files.
///
/// Not Foundation's `Process`: the tmux server that `start-server` forks inherits the
/// descriptors Process uses to notice the child's exit (and any output pipe), so
/// `waitUntilExit` and pipe reads hang for as long as the server lives; and Process passes on
/// the runner's blocked signals.
enum Spawn {
  /// Exit status and the standard output (standard error when the status is not 0).
  static func run(_ argv: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
    let dir = FileManager.default.temporaryDirectory.path
    let stem = "\(dir)/chengyu-spawn-\(getpid())-\(UUID().uuidString)"
    let outPath = stem + ".out"
    let errPath = stem + ".err"
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // The test runner's threads may block or ignore signals; posix_spawn would pass that on,
    // and a tmux server with SIGTERM blocked never obeys kill-server.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let args = argv.map { strdup($0) } + [nil]
    let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      args.forEach { free($0) }
      env.forEach { free($0) }
    }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, args, env)
    guard rc == 0 else {
      throw TmuxSession.Failure(description: "cannot start \(argv[0]): \(String(cString: strerror(rc)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let text = (try? String(contentsOfFile: exitStatus == 0 ? outPath : errPath, encoding: .utf8)) ?? ""
    return (exitStatus, text)
  }
}

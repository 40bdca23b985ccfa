import CNcursesw
import Synchronization

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

/// Set by SIGHUP, SIGTERM or an external SIGINT; `nextEvent` turns it into `.hangup`.
let hangupRequested = Atomic<Bool>(false)
/// True while curses owns the terminal, so the crash handler knows `endwin` is needed.
let cursesActive = Atomic<Bool>(false)

/// The actions that were in place before ours (the Swift runtime installs a backtracer for
/// crash signals); the crash handler restores them before re-raising. Allocated once and only
/// read in the handler, so the handler neither allocates nor takes a lock.
nonisolated(unsafe) private let savedActions = UnsafeMutablePointer<sigaction>.allocate(
  capacity: 65)

/// Signal handling for the explorer (see docs/terminal.md).
///
/// SIGWINCH and SIGTSTP are left to ncurses. SIGHUP/SIGTERM/SIGINT only set a flag: a handler
/// must not touch curses, and the input wait is interrupted (no SA_RESTART) so the flag is
/// seen at once. SIGPIPE is ignored so a lost connection shows up as a write error, not death.
/// Crash signals restore the terminal, then hand over to the previous handler.
enum SignalGuard {
  static let stopSignals: [Int32] = [SIGHUP, SIGTERM, SIGINT]
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT]

  /// Installs the handlers; call before `newterm` so ncurses leaves SIGINT/SIGTERM to us.
  static func install() {
    hangupRequested.store(false, ordering: .relaxed)
    for sig in stopSignals { setHandler(sig, flags: 0, handler: onStop) }
    for sig in crashSignals {
      sigaction(sig, nil, savedActions + Int(sig))
      setHandler(sig, flags: Int32(SA_NODEFER) | Int32(bitPattern: UInt32(SA_RESETHAND)), handler: onCrash)
    }
    signal(SIGPIPE, SIG_IGN)
  }

  /// Puts the previous crash handlers and default stop handling back.
  static func uninstall() {
    for sig in stopSignals { signal(sig, SIG_DFL) }
    for sig in crashSignals { sigaction(sig, savedActions + Int(sig), nil) }
  }

  private static func setHandler(
    _ sig: Int32, flags: Int32, handler: @convention(c) (Int32) -> Void
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = flags
    sigaction(sig, &action, nil)
  }
}

private func onStop(_ sig: Int32) {
  hangupRequested.store(true, ordering: .relaxed)
}

/// A Swift trap (SIGILL/SIGTRAP) or a fault would otherwise leave the shell in raw mode.
private func onCrash(_ sig: Int32) {
  if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
  sigaction(sig, savedActions + Int(sig), nil)
  raise(sig)
}

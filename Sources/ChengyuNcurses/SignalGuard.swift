import CNcursesw
import Synchronization

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

/// Set by a terminating signal (SIGHUP, SIGTERM, an external SIGINT, SIGUSR1 …); `nextEvent`
/// turns it into `.hangup`.
let hangupRequested = Atomic<Bool>(false)
/// True while curses owns the terminal, so the crash handler knows `endwin` is needed.
let cursesActive = Atomic<Bool>(false)
/// The thread that waits for input (the one that called `install`), as `pthread_t`.
private let waitingThread = Atomic<UInt>(0)

/// The crash actions that were in place before ours (the Swift runtime's backtracer), put back
/// when the explorer ends normally. Allocated once, so no handler allocates.
nonisolated(unsafe) private let savedActions = UnsafeMutablePointer<sigaction>.allocate(
  capacity: 65)
/// The thread's signal mask before `install`, the mask `InputWait` waits with, and the mask in
/// force between waits (`waitSignals` blocked).
nonisolated(unsafe) private let savedMask = UnsafeMutablePointer<sigset_t>.allocate(capacity: 1)
nonisolated(unsafe) private let waitMask = UnsafeMutablePointer<sigset_t>.allocate(capacity: 1)
nonisolated(unsafe) private let busyMask = UnsafeMutablePointer<sigset_t>.allocate(capacity: 1)
/// The SIGWINCH action ncurses installed, which ours calls first; whether ours is in place.
nonisolated(unsafe) private let cursesResize = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
nonisolated(unsafe) private var resizeChained = false

/// Signal handling for the explorer (see docs/terminal.md).
///
/// SIGWINCH and SIGTSTP are left to ncurses. Every signal whose default action ends the process
/// without a core (SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGUSR1, SIGALRM …) only sets a flag: a
/// handler must not touch curses; the explorer then restores the terminal and exits with 1. These and SIGWINCH stay blocked on the waiting thread except inside `InputWait`'s
/// `ppoll`, so one arriving at any moment ends the next wait at once (no timeout needed, no
/// wake-up lost), and `deliverPending` lets one in between two keys of a long paste. SIGPIPE is
/// ignored so a lost connection shows up as a write error, not death. Crash signals restore the
/// terminal and end the process with the default action: the Swift runtime's backtracer would
/// otherwise print over the screen and, on a terminal, wait for a key with the UI gone.
enum SignalGuard {
  static let stopSignals: [Int32] = [
    SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
    SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT,
  ]
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]
  /// Delivered only while waiting for input.
  static let waitSignals: [Int32] = stopSignals + [SIGWINCH]

  /// Installs the handlers and blocks `waitSignals` on the calling thread, which must be the
  /// one that waits for input; call before `newterm` so ncurses leaves SIGINT/SIGTERM to us.
  static func install() {
    hangupRequested.store(false, ordering: .relaxed)
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for sig in waitSignals { sigaddset(&blocked, sig) }
    pthread_sigmask(SIG_BLOCK, &blocked, savedMask)
    pthread_sigmask(SIG_SETMASK, nil, busyMask)
    waitMask.pointee = savedMask.pointee
    for sig in waitSignals { sigdelset(waitMask, sig) }
    waitingThread.store(UInt(pthread_self()), ordering: .relaxed)
    for sig in stopSignals { setHandler(sig, flags: 0, handler: onStop) }
    for sig in crashSignals {
      sigaction(sig, nil, savedActions + Int(sig))
      setHandler(sig, flags: Int32(SA_NODEFER) | Int32(bitPattern: UInt32(SA_RESETHAND)), handler: onCrash)
    }
    signal(SIGPIPE, SIG_IGN)
  }

  /// Wraps the SIGWINCH handler ncurses installs in `newterm` (call after it), so that a
  /// resize delivered to another thread also wakes the waiting one. Does nothing when ncurses
  /// left SIGWINCH alone (another handler was there first).
  static func chainResizeHandler() {
    sigaction(SIGWINCH, nil, cursesResize)
    let address = unsafeBitCast(cursesResize.pointee.__sigaction_handler.sa_handler, to: Int.self)
    guard address > 1, cursesResize.pointee.sa_flags & Int32(SA_SIGINFO) == 0 else { return }
    var action = cursesResize.pointee
    action.__sigaction_handler.sa_handler = onResize
    sigaction(SIGWINCH, &action, nil)
    resizeChained = true
  }

  /// Puts the previous mask, crash handlers and default stop handling back (the mask first: a
  /// signal still pending then only sets the flag).
  static func uninstall() {
    pthread_sigmask(SIG_SETMASK, savedMask, nil)
    if resizeChained {
      sigaction(SIGWINCH, cursesResize, nil)
      resizeChained = false
    }
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

  /// Lets a signal that arrived while keys were queued (a long paste) be handled now, before
  /// the next key: one `sigpending` call when none is pending, as between most keys.
  static func deliverPending() {
    var pending = sigset_t()
    sigpending(&pending)
    guard waitSignals.contains(where: { sigismember(&pending, $0) == 1 }) else { return }
    pthread_sigmask(SIG_SETMASK, waitMask, nil)  // the pending signals run their handlers here
    pthread_sigmask(SIG_SETMASK, busyMask, nil)
  }

  /// Runs `body` with the mask to wait with: the caller's mask without `waitSignals`.
  static func withWaitMask<R>(_ body: (UnsafePointer<sigset_t>) -> R) -> R {
    body(waitMask)
  }
}

private func onStop(_ sig: Int32) {
  hangupRequested.store(true, ordering: .relaxed)
  wakeWaitingThread(sig)
}

private func onResize(_ sig: Int32) {
  cursesResize.pointee.__sigaction_handler.sa_handler?(sig)  // ncurses notes the new size
  wakeWaitingThread(sig)
}

/// Another thread that does not block the signal took it (the explorer's other threads do
/// block it; a test runner's may not): send it to the waiting thread as well, where it stays
/// pending until the wait unblocks it.
private func wakeWaitingThread(_ sig: Int32) {
  let waiter = pthread_t(waitingThread.load(ordering: .relaxed))
  if waiter != 0 && pthread_equal(pthread_self(), waiter) == 0 { pthread_kill(waiter, sig) }
}

/// A Swift trap (SIGILL/SIGTRAP) or a fault would otherwise leave the shell in raw mode. The
/// default action, not the saved backtracer, ends the process: see `SignalGuard`.
private func onCrash(_ sig: Int32) {
  if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
  signal(sig, SIG_DFL)
  raise(sig)
}

import CNcursesw

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

/// Sleeping until there is something to read, with no timeout and no lost wake-up.
///
/// SignalGuard keeps SIGHUP, SIGTERM, SIGINT and SIGWINCH blocked on the main thread; `ppoll`
/// unblocks them only while it waits, atomically. A signal that arrives while the explorer is
/// busy stays pending and ends the next wait at once, so the wait needs no timeout: the idle
/// explorer makes no system call at all until a key, a resize or a signal.
enum InputWait {
  /// Why the wait ended.
  enum Outcome: Equatable {
    /// The descriptor has bytes (or an end of file) to read.
    case readable
    /// A signal was handled: re-check the hangup flag, or let ncurses report the resize.
    case interrupted
    /// The descriptor is gone (hang-up, error): input will never come.
    case closed
    /// The time limit passed with nothing to read.
    case timedOut
  }

  /// Blocks until `fd` is readable or one of the guarded signals is delivered, or, with a
  /// `timeout` (asked for only while something runs, such as playing the growth), until it passes.
  static func untilReadable(fd: Int32 = 0, timeout: Duration? = nil) -> Outcome {
    var events: Int16 = 0
    let result: Int32
    if let timeout {
      let ms = max(0, Int(timeout.components.seconds) * 1000 + Int(timeout.components.attoseconds / 1_000_000_000_000_000))
      result = SignalGuard.withWaitMask { cn_wait_readable_for(fd, $0, &events, ms) }
      if result == 0 { return .timedOut }
    } else {
      result = SignalGuard.withWaitMask { cn_wait_readable(fd, $0, &events) }
    }
    if result < 0 { return errno == EINTR ? .interrupted : .closed }
    let revents = Int32(events)
    if revents & Int32(POLLIN) == 0 && revents & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 {
      return .closed
    }
    return .readable
  }
}

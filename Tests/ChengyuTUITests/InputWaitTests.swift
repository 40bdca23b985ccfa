import Foundation
import Testing

@testable import ChengyuNcurses

/// `InputWait` on a pipe instead of a terminal: it wakes for bytes, for end of input, and for a
/// guarded signal even when that signal arrived before the wait began (the case a timeout used
/// to cover). A broken wait would block forever, so a watchdog writes to the pipe after 5 s
/// and the test then fails on the outcome instead of hanging.
@Suite(.serialized) struct InputWaitTests {
  private final class Pipe {
    let read: Int32
    var write: Int32
    init() throws {
      var fds: [Int32] = [0, 0]
      try #require(pipe(&fds) == 0)
      (read, write) = (fds[0], fds[1])
    }
    func closeWriter() {
      close(write)
      write = -1
    }
    deinit {
      close(read)
      if write >= 0 { close(write) }
    }
  }

  /// Writes one byte after 5 s unless the test has finished: turns a hang into a failure.
  private func watchdog(_ pipe: Pipe) -> DispatchWorkItem {
    let fd = pipe.write
    let item = DispatchWorkItem { _ = Glibc.write(fd, "w", 1) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 5, execute: item)
    return item
  }

  private var hangup: Bool { hangupRequested.load(ordering: .relaxed) }

  @Test func wakesWhenBytesArrive() throws {
    let p = try Pipe()
    #expect(Glibc.write(p.write, "j", 1) == 1)
    #expect(InputWait.untilReadable(fd: p.read) == .readable)
  }

  @Test func aTimeoutEndsAnIdleWaitAndBytesStillWin() throws {
    let p = try Pipe()
    let clock = ContinuousClock()
    let start = clock.now
    #expect(InputWait.untilReadable(fd: p.read, timeout: .milliseconds(30)) == .timedOut)
    #expect(clock.now - start >= .milliseconds(25))
    #expect(Glibc.write(p.write, "p", 1) == 1)
    #expect(InputWait.untilReadable(fd: p.read, timeout: .seconds(5)) == .readable)
  }

  @Test func reportsTheEndOfInputAsClosed() throws {
    let p = try Pipe()
    p.closeWriter()
    #expect(InputWait.untilReadable(fd: p.read) == .closed)
  }

  @Test func aSignalRaisedBeforeTheWaitEndsItAtOnce() throws {
    let p = try Pipe()
    SignalGuard.install()
    defer { SignalGuard.uninstall() }
    let dog = watchdog(p)
    defer { dog.cancel() }
    // Blocked on this thread by install(), so it stays pending until ppoll unblocks it.
    raise(SIGTERM)
    #expect(!hangup)
    #expect(InputWait.untilReadable(fd: p.read) == .interrupted)
    #expect(hangup)
  }

  @Test func aResizeSignalEndsTheWait() throws {
    let p = try Pipe()
    SignalGuard.install()
    defer { SignalGuard.uninstall() }
    // ncurses installs a SIGWINCH handler in the explorer; stand in for it here.
    let previous = signal(SIGWINCH) { _ in }
    defer { signal(SIGWINCH, previous) }
    let dog = watchdog(p)
    defer { dog.cancel() }
    raise(SIGWINCH)
    #expect(InputWait.untilReadable(fd: p.read) == .interrupted)
    #expect(!hangup)
  }
}

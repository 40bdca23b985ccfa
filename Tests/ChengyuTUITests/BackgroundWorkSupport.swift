import ChengyuCore
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import ChengyuTUI

/// Holds back the jobs a test chooses until it is opened, so a computation is "long" for as long as the
/// test needs, without timing.
final class Gate: Sendable {
  private let opened = Mutex(false)
  func open() { opened.withLock { $0 = true } }
  func pass() {
    while !opened.withLock({ $0 }) { usleepish() }
  }
  private func usleepish() {
    var t = timespec(tv_sec: 0, tv_nsec: 1_000_000)
    nanosleep(&t, nil)
  }
}

/// The frame a program draws at `size`, as lines.
@MainActor func lines(_ program: ExplorerProgram, size: Size) -> [String] {
  var b = ScreenBuffer(size: size)
  program.render(into: &b)
  return b.lines
}

/// Lets the program's jobs finish, handling the run loop's timer events, and returns every
/// frame drawn after each event.
@MainActor func settleWork(_ program: inout ExplorerProgram, size: Size) async throws -> [[String]] {
  var frames: [[String]] = []
  for _ in 0..<1000 where program.wakeAfter() != nil {
    try await Task.sleep(for: .milliseconds(10))
    _ = program.handle(.timeout)
    frames.append(lines(program, size: size))
  }
  #expect(program.wakeAfter() == nil, "the work finished")
  return frames
}

/// Lets the base model of a new filter arrive (it is built off the key path too).
@MainActor func awaitBaseModel(_ program: inout ExplorerProgram) async throws {
  for _ in 0..<1000 where program.state.isFiltering {
    try await Task.sleep(for: .milliseconds(10))
    _ = program.handle(.timeout)
  }
  #expect(!program.state.isFiltering)
}

/// Runs `keys` headless without `background` (each frame waits for the work) and checks every
/// frame against a state computing everything on the key, key after key; returns the program.
@MainActor @discardableResult
func expectScriptedFramesMatchDirect(_ keys: [Key], size: Size, sourceLocation: SourceLocation = #_sourceLocation) -> ExplorerProgram {
  let backend = HeadlessBackend(size: size, events: keys.map { .key($0) })
  var program = ExplorerProgram(dataset: embedded, size: size)
  AppRunner.run(&program, backend: backend)
  var direct = AppState(dataset: embedded, size: size)
  var expected: [[String]] = [frame(direct).lines]
  for key in keys {
    if let action = ExplorerProgram.action(for: key, in: direct) { _ = reduce(&direct, action) }
    expected.append(frame(direct).lines)
  }
  #expect(backend.frames.map(\.lines) == expected, sourceLocation: sourceLocation)
  #expect(program.wakeAfter() == nil, "no work left", sourceLocation: sourceLocation)
  return program
}

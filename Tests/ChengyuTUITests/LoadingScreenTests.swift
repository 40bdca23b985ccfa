import ChengyuCore
import ChengyuData
import Synchronization
import Testing

@testable import ChengyuTUI

#if canImport(Glibc)
  import Glibc
#endif

/// The explorer's loading screen: drawn while the dataset loads on a worker thread, answering
/// `q` and resizes at once, then the explorer on the loaded data.
@MainActor @Suite struct LoadingScreenTests {
  static let size = Size(width: 80, height: 24)

  @Test(arguments: [Language.en, .zh], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func loadingScreenSnapshot(_ language: Language, _ size: Size) {
    var buffer = ScreenBuffer(size: size)
    LoadingView.render(folder: "/data/national-corpus", progress: 0.45, language: language, ascii: false, into: &buffer)
    assertSnapshot(buffer, named: "loading-\(size.width)x\(size.height)-\(language.rawValue)")
  }

  @Test func theLoadingScreenAnswersQuitAndResizeWhileTheDataLoads() {
    let release = Mutex(false)
    var program = LoadingProgram(folder: "big", language: .en, asciiMode: false, size: Self.size, load: { token in
      token.report(0.3)
      while !release.withLock({ $0 }) { usleep(1000) }  // a load that takes as long as the test wants
      return .success(embedded)
    }, makeExplorer: { dataset, size in ExplorerProgram(dataset: dataset, size: size) })
    program.firstWait = .zero
    #expect(program.handle(.resize(Size(width: 100, height: 30))) == .continue)
    while program.progress < 0.3 { usleep(1000) }  // the worker thread has reported its progress
    var b = ScreenBuffer(size: Size(width: 100, height: 30))
    program.render(into: &b)
    #expect(b.lines.joined(separator: "\n").contains("30% read and checked"))
    #expect(program.wakeAfter() != nil)  // the bar is redrawn while loading (when: `wake`, below)
    #expect(program.explorer == nil)
    #expect(program.handle(.key(.char("q"))) == .quit)
    release.withLock { $0 = true }
  }

  /// The load is polled every 100 ms for the bar, and at the end its rate predicts when sooner:
  /// the explorer's first frame follows the load's end within a few ms, not a whole poll.
  @Test func theLoadIsPolledNearItsPredictedEnd() {
    #expect(LoadingProgram.wake(elapsed: .milliseconds(50), progress: 0) == .milliseconds(100))
    #expect(LoadingProgram.wake(elapsed: .milliseconds(50), progress: 0.1) == .milliseconds(100))
    #expect(LoadingProgram.wake(elapsed: .milliseconds(150), progress: 0.75) == .milliseconds(50))
    #expect(LoadingProgram.wake(elapsed: .milliseconds(300), progress: 0.99) == .milliseconds(5))
    #expect(LoadingProgram.wake(elapsed: .seconds(2), progress: 1) == .milliseconds(5))
  }

  @Test func theExplorerTakesOverAtTheTerminalsSizeOnceLoaded() {
    let size = Size(width: 100, height: 30)
    var program = LoadingProgram(folder: "embedded", language: .en, asciiMode: false, load: { _ in .success(embedded) },
                                 makeExplorer: { dataset, size in ExplorerProgram(dataset: dataset, size: size) })
    _ = program.handle(.resize(size))  // the first event waits briefly: a small dataset is in by then
    while program.explorer == nil { _ = program.handle(.timeout) }
    var b = ScreenBuffer(size: size)
    program.render(into: &b)
    #expect(b.lines == frame(AppState(dataset: embedded, size: size)).lines)
    #expect(program.handle(.key(.char("q"))) == .quit)
  }

  @Test func aFailedLoadEndsTheLoopWithItsError() {
    let error = DatasetError(issues: [DatasetIssue(file: "x/cities.csv", line: 3, reason: "bad")])
    var program = LoadingProgram(folder: "x", language: .en, asciiMode: false, load: { _ in .failure(error) },
                                 makeExplorer: { dataset, size in ExplorerProgram(dataset: dataset, size: size) })
    #expect(program.handle(.resize(Self.size)) == .quit)
    #expect((program.failure as? DatasetError)?.description == error.description)
  }
}

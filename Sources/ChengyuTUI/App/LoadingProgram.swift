import ChengyuCore

/// The explorer while its dataset loads on a worker thread: a loading screen that answers `q`
/// and resizes at once, then the explorer itself, which gets the terminal's size first.
///
/// The run loop polls the load every 100 ms while it runs (the bar moves), and near its expected
/// end when that comes sooner (so the explorer's first frame is not held back by a poll); once
/// the explorer runs, its own `wakeAfter` is used, so an idle explorer still makes no wake-ups.
public struct LoadingProgram: TUIProgram {
  /// The loaded explorer (nil while loading).
  public private(set) var explorer: ExplorerProgram?
  /// Why the load (or making the explorer, e.g. a filter naming an unknown value) failed; the
  /// loop has then ended and the caller reports it.
  public private(set) var failure: (any Error)?
  private let job: BackgroundJob<Result<Dataset, DatasetError>>
  private let makeExplorer: (Dataset, Size) throws -> ExplorerProgram
  private let folder: String
  private let language: Language
  private let asciiMode: Bool
  private var size: Size
  private let started = ContinuousClock.now

  /// Starts `load` (given the token to report its progress to) on a worker thread;
  /// `makeExplorer` builds the explorer on the loaded data at the terminal's size.
  public init(folder: String, language: Language, asciiMode: Bool, size: Size = Size(width: 80, height: 24),
              load: @escaping @Sendable (CancellationToken) -> Result<Dataset, DatasetError>,
              makeExplorer: @escaping (Dataset, Size) throws -> ExplorerProgram) {
    job = BackgroundJob(load)
    self.makeExplorer = makeExplorer
    self.folder = folder
    self.language = language
    self.asciiMode = asciiMode
    self.size = size
  }

  /// Share of the dataset read and checked (0…1).
  public var progress: Double { job.progress }

  /// How long the first event waits at most for the load, so a small dataset (the embedded one)
  /// opens on the explorer without flashing the loading screen.
  public var firstWait: Duration = .milliseconds(150)
  private var waited = false

  public mutating func handle(_ event: InputEvent) -> ProgramStep {
    if !waited {
      waited = true
      waitForASmallLoad()
    }
    if explorer == nil, job.isDone { takeLoad() }
    if failure != nil { return .quit }
    if explorer != nil { return explorer!.handle(event) }
    switch event {
    case .key(.char("q")), .key(.ctrl("c")), .hangup:
      job.cancel()
      return .quit
    case .resize(let s): size = s
    default: break
    }
    return .continue
  }

  /// Waits up to `firstWait` for the load, in slices, and stops early once the share read so far
  /// says it will not end within it: a big folder shows its loading screen after a slice or two
  /// instead of after the whole wait (the 0.15 s of the 0.18 s to the loading screen at 10⁶
  /// agreements). The files are read first (a tenth of the progress), so the rate is known early.
  private func waitForASmallLoad() {
    let clock = ContinuousClock()
    let start = clock.now
    let slice = Duration.milliseconds(10)
    while clock.now - start < firstWait {
      if job.wait(upTo: min(slice, firstWait - (clock.now - start))) { return }
      let elapsed = clock.now - start
      let done = job.progress
      // Not done: the whole load at this rate would take elapsed / done.
      if done > 0, elapsed / done > firstWait { return }
    }
  }

  /// Starts the explorer on the loaded data, or keeps the failure.
  private mutating func takeLoad() {
    switch job.result {
    case .success(let dataset):
      do {
        var program = try makeExplorer(dataset, size)
        _ = program.handle(.resize(size))
        explorer = program
      } catch {
        failure = error
      }
    case .failure(let error): failure = error
    case nil: break
    }
  }

  public func render(into buffer: inout ScreenBuffer) {
    if let explorer { return explorer.render(into: &buffer) }
    LoadingView.render(folder: folder, progress: job.progress, language: language, ascii: asciiMode, into: &buffer)
  }

  public func cursor() -> (x: Int, y: Int)? { explorer?.cursor() }

  public func wakeAfter() -> Duration? {
    if let explorer { return explorer.wakeAfter() }
    return LoadingProgram.wake(elapsed: ContinuousClock.now - started, progress: job.progress)
  }

  /// When to poll a load that has run `elapsed` and reported `progress` (0…1): the bar's
  /// 100 ms, or the end the rate so far predicts when sooner (5 ms at least, once it is near).
  static func wake(elapsed: Duration, progress: Double) -> Duration {
    let bar = Duration.milliseconds(100)
    guard progress > 0 else { return bar }
    let remaining = elapsed * ((1 - min(progress, 1)) / progress)
    return max(.milliseconds(5), min(bar, remaining))
  }
}

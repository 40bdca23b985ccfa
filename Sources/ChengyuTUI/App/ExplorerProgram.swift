import ChengyuCore

/// The explorer as a `TUIProgram`: keys go through the keymap to actions, actions through
/// `reduce`, and `RootView` draws the state. Run it with `AppRunner.run(&program, backend:)`.
public struct ExplorerProgram: TUIProgram {
  /// The current state (read it in tests, or after the loop ends).
  public internal(set) var state: AppState
  /// The dataset's origin recorded in exports (a folder path or `embedded`), as `chengyu export`.
  public let origin: String
  /// The interface language (`--lang`, else the locale); the screens draw in `state.lang`.
  public var language: Language { state.language }
  /// Leaves slow work running on its worker threads between keys (the terminal explorer):
  /// layouts, the model's slow parts, exports. False waits for all of it before the next frame,
  /// which scripts and tests need for a fixed sequence of frames (the work still runs on the
  /// same worker threads, and gives the same results).
  public var background = false
  /// The former name of `background`.
  public var backgroundLayout: Bool {
    get { background }
    set { background = newValue }
  }
  /// How long a key waits for work it started before the frame is drawn anyway (in the
  /// background mode): on a small network everything is ready by then and the screen never
  /// flashes a placeholder; on a big one the key is answered after this at most.
  public var grace: Duration = .milliseconds(40)
  /// The graph layout running off the key path, if any.
  var layoutJob: FilterJob<NetworkPicture>?
  /// The base model of the filter asked for being built (`AppState.requestedFilter`), and when
  /// its build started.
  var baseJob: FilterJob<BaseBuild>?
  var baseStarted = ContinuousClock.now
  /// Whether building a filter's base model takes longer than `grace` (the first model's build
  /// at the start says, then each build): a key then does not wait for it at all, so the new
  /// filter is in the header at once; on a small network the key waits and no placeholder flashes.
  var baseIsSlow = false
  /// Agreements from which the first model's build is taken to be slow (longer than `grace`:
  /// 0.11–0.17 s at 10⁵ agreements in a release build, a few ms on the embedded data), so the
  /// first frame does not wait for it; each build then measures itself.
  static let slowFirstBuild = 20_000
  /// The model's slow parts being computed, for the filter each job was started for.
  var partJobs: [WorkKind: FilterJob<ModelPart>] = [:]
  /// The analysis views' work being computed (follow-up counts, ego networks, Compare periods),
  /// for the filter each job was started for.
  var viewJobs: [ViewWork: FilterJob<ViewPart>] = [:]
  /// Exports being written (never cancelled: the user asked for the file).
  var exportJobs: [BackgroundJob<ExportOutcome>] = []
  /// Called on the worker thread before each part (or analysis view's work) is computed (tests
  /// hold a job back with it).
  var beforePart: (@Sendable (WorkKind, Filter) -> Void)?
  /// Called on the worker thread before a filter's base model is built (tests hold it back).
  var beforeBase: (@Sendable (Filter) -> Void)?

  /// An explorer on `dataset`, opening on the Cities screen. `asciiMode` shows pinyin names
  /// and ASCII glyphs (for non-UTF-8 terminals; the colour theme is the backend's);
  /// `filter` is the starting filter (e.g. from the command line's filter options). The run
  /// loop sends the real size first, so `size` matters only without one. `notice` (e.g. the
  /// backend's locale fallback message) is shown in the hint bar until the first key.
  /// `origin` names the dataset in exported files.
  public init(dataset: Dataset, asciiMode: Bool = false, filter: Filter = Filter(),
              notice: String? = nil, size: Size = Size(width: 80, height: 24), origin: String = "embedded",
              language: Language = .en) {
    // The first model is built off the key path like a filter change's (the first event starts
    // it): the first frame, header and placeholder, is drawn as soon as the data is loaded.
    state = AppState(dataset: dataset, size: size, asciiMode: asciiMode, filter: filter, language: language,
                     defersWork: true, defersFirstModel: true)
    baseIsSlow = dataset.agreements.count >= ExplorerProgram.slowFirstBuild
    state.status = notice
    self.origin = origin
  }

  /// An explorer around an existing state.
  public init(state: AppState, origin: String = "embedded", language: Language? = nil) {
    self.state = state
    if let language { self.state.language = language }
    self.origin = origin
  }

  /// Turns an event into an action (keys through `action(for:in:)`), reduces it, performs the
  /// effects the reducer asked for, and tells the run loop whether to quit or repaint everything.
  public mutating func handle(_ event: InputEvent) -> ProgramStep {
    defer { runWork() }
    if event == .timeout { pollWork() }
    let action: Action?
    switch event {
    case .key(let key): action = ExplorerProgram.action(for: key, in: state)
    case .resize(let size): action = .resize(size)
    case .hangup: action = .quit
    case .timeout: action = state.isPlaying ? .picture(.tick) : nil
    }
    guard let action else { return .continue }
    var pending = reduce(&state, action)
    var effects: [Effect] = []
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      // An effect that does work reports back as another action, which may ask for more.
      if case .export(let format, let path, let force, let excel) = effect {
        startExport(format, to: path, force: force, excel: excel)
      } else {
        effects.append(effect)
      }
    }
    if effects.contains(.quit) {
      finishExports()  // a file being written is finished, not left half-written
      return .quit
    }
    if effects.contains(.redrawAll) { return .redraw }
    return .continue
  }

  /// Writes `view` with the core's exporter (the same files as `chengyu export`).
  static func export(
    _ view: NetworkView, origin: String, _ format: ExportFormat, to path: String, force: Bool, excel: Bool = false
  ) -> ExportOutcome {
    let network = ExportNetwork(view: view, origin: origin)
    do {
      let paths = try format.write(network, to: path, force: force, excel: excel)
      return .written(paths: paths, nodes: network.nodes.count, ties: network.ties.count)
    } catch {
      if case .exists(let existing) = error { return .exists(format, output: path, existing: existing, excel: excel) }
      return .failed(error.description)
    }
  }

  /// Draws the state with `RootView`, laid out for the buffer's size.
  public func render(into buffer: inout ScreenBuffer) {
    if buffer.size == state.size {
      RootView.render(state, into: &buffer)
    } else {
      var sized = state
      sized.size = buffer.size
      RootView.render(sized, into: &buffer)
    }
  }

  /// The caret of the open prompt, where the terminal cursor goes; nil (cursor hidden) otherwise.
  public func cursor() -> (x: Int, y: Int)? {
    HintBar.caret(state)
  }
}

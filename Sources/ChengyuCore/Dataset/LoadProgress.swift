import Dispatch

/// Reports how much of a dataset has been read and checked, as a share of its bytes (0…1), to
/// the callback given to `DatasetLoader.load(directory:provenance:progress:)`: reading the files
/// counts for the first tenth, then each file's share of the bytes as it is parsed and checked.
struct LoadProgress {
  let report: (Double) -> Void
  private let sizes: [String: Double]
  private let total: Double
  /// Bytes of the files finished so far.
  private var done = 0.0

  init(files: DatasetFiles, report: @escaping (Double) -> Void) {
    self.report = report
    sizes = files.sizes.mapValues(Double.init)
    total = max(1, sizes.values.reduce(0, +))
  }

  /// Reading is the first tenth; parsing and checking the other nine.
  private func send(_ bytes: Double) { report(0.1 + 0.9 * min(1, bytes / total)) }

  /// `share` (0…1) of `file`'s parsing and checking is done.
  func within(_ file: String, _ share: Double) { send(done + (sizes[file] ?? 0) * share) }

  /// `file` is parsed and checked.
  mutating func finished(_ file: String) {
    done += sizes[file] ?? 0
    send(done)
  }
}

extension DatasetLoader {
  /// Loads a dataset folder under a provenance rule, telling `progress` the share (0…1) of its
  /// bytes read and checked as it goes (the command line's bar, the explorer's loading screen).
  ///
  /// `keepingText` names the agreements' text fields the caller will read (the others read as
  /// ""): with fewer than all, only those are kept, in a compact copy, and the file's bytes are
  /// let go (`chengyu stats` needs the ids only: 8 MB instead of 379 MB for 10⁶ agreements).
  public static func load(
    directory: String, provenance rule: ProvenanceRule,
    keepingText: Set<AgreementStore.TextField> = Set(AgreementStore.TextField.allCases),
    progress: @escaping (Double) -> Void
  ) throws(DatasetError) -> Dataset {
    if let reason = FileIO.notFolderReason(directory) {
      throw DatasetError(issues: [DatasetIssue(file: directory.isEmpty ? "''" : directory, line: nil, reason: reason)])
    }
    // A load that keeps only some text copies it as it parses: agreements.csv is then mapped,
    // not read (`MappedFile`).
    let all = keepingText.count == AgreementStore.TextField.allCases.count
    let files = DatasetFiles.read(directory: directory, mapping: all ? [] : ["agreements.csv"])
    progress(0.1)
    let report = inspect(
      files, provenance: rule, progress: LoadProgress(files: files, report: progress), options: Options(keptText: keepingText))
    // The files (a 379 MB mapping or array at 10⁶ agreements) are let go on another thread:
    // unmapping takes ~0.02–0.05 s that the caller's network build need not wait for.
    let handoff = Unchecked(consume files)
    DispatchQueue.global(qos: .utility).async { _ = handoff }
    return try report.loaded()
  }
}

import ChengyuCore
import ChengyuData
import ChengyuTUI
import Foundation
import Synchronization
import Testing

/// The embedded dataset, loaded once for all tests.
let embedded = EmbeddedDataset.load()

/// The explorer state after a sequence of actions, at a size.
func explorer(_ size: Size = Size(width: 80, height: 24), ascii: Bool = false, _ actions: [Action] = []) -> AppState {
  var state = freshExplorer(size, ascii: ascii, language: .en)
  for action in actions { _ = reduce(&state, action) }
  return state
}

/// The explorer state in a language after a sequence of actions, at a size.
func explorer(_ size: Size, language: Language, _ actions: [Action] = []) -> AppState {
  var state = freshExplorer(size, ascii: false, language: language)
  for action in actions { _ = reduce(&state, action) }
  return state
}

/// Freshly opened explorer states on the embedded data, one per size, ASCII mode and language,
/// each built once for the whole run: a state computes every slow part of its model at once
/// (measures, communities, the comparisons' QAP and stages: seconds each in a debug build) and
/// the snapshot and reducer tests open ~200 of them. `AppState` is a value built from its
/// arguments alone, so a copy of a cached one is the state a new `AppState(…)` would be.
private let freshStates = Mutex<[FreshStateKey: AppState]>([:])

private struct FreshStateKey: Hashable {
  let size: Size
  let ascii: Bool
  let language: Language
}

private func freshExplorer(_ size: Size, ascii: Bool, language: Language) -> AppState {
  let key = FreshStateKey(size: size, ascii: ascii, language: language)
  if let state = freshStates.withLock({ $0[key] }) { return state }
  // Built outside the lock: two tests asking at once both build it (the same value) rather
  // than one holding a test thread while the other waits.
  let state = AppState(dataset: embedded, size: size, asciiMode: ascii, language: language)
  freshStates.withLock { $0[key] = $0[key] ?? state }
  return state
}

/// The explorer state after actions at 80×24.
func explorer(_ actions: [Action]) -> AppState { explorer(Size(width: 80, height: 24), actions) }

/// The frame the explorer draws for a state.
func frame(_ state: AppState) -> ScreenBuffer {
  var buffer = ScreenBuffer(size: state.size)
  RootView.render(state, into: &buffer)
  return buffer
}

/// Index of a city by id in the embedded dataset.
func cityIndex(_ id: String) -> Int { embedded.cityIndex[CityID(id)]! }

/// Folder of the committed snapshots.
let snapshotDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

/// The line between a snapshot's text and its style runs. Everything above it is the screen as
/// text (what docs/user-guide.md shows); below it, the runs of non-plain style per row.
let snapshotStylesMarker = "--- styles (row: columns style) ---"

/// Compares a frame with `Snapshots/<name>.txt`: its text (trailing spaces trimmed) and its
/// style runs (colour roles, reverse, bold, underline), so a lost highlight fails like a lost word.
func assertSnapshot(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  var lines = buffer.lines
  lines.append(snapshotStylesMarker)
  lines += buffer.styleRuns.map { "\($0.y): \($0.columns.lowerBound)..<\($0.columns.upperBound) \($0.style)" }
  assertSnapshot(lines, named: name, sourceLocation: sourceLocation)
}

/// The text part of a snapshot file (what the user guide's captures hold).
func snapshotText(_ name: String) throws -> String {
  let text = try String(contentsOf: snapshotDirectory.appendingPathComponent(name + ".txt"), encoding: .utf8)
  return text.components(separatedBy: snapshotStylesMarker + "\n").first ?? text
}

/// Compares lines (trailing spaces trimmed) with `Snapshots/<name>.txt`; prints a line diff on
/// mismatch. With RECORD_SNAPSHOTS=1 a missing or different file is written and the test still
/// fails, naming the file and the lines that changed, so a recording run is never a silent pass
/// (review the files with `git diff`, then run again without it).
func assertSnapshot(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let actual = lines.map(trimTrailing).joined(separator: "\n") + "\n"
  let url = snapshotDirectory.appendingPathComponent(name + ".txt")
  let expected = try? String(contentsOf: url, encoding: .utf8)
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let verdict = snapshotVerdict(name, expected: expected, actual: actual, recording: recording)
  if verdict.write {
    try? FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
    try! actual.write(to: url, atomically: true, encoding: .utf8)
  }
  if let issue = verdict.issue { Issue.record(Comment(rawValue: issue), sourceLocation: sourceLocation) }
}

/// What a snapshot comparison does: write the file (only when recording and it changed) and the
/// issue to record (nil only when the snapshot matches, so a recording run never passes silently).
func snapshotVerdict(_ name: String, expected: String?, actual: String, recording: Bool) -> (write: Bool, issue: String?) {
  if expected == actual { return (false, nil) }
  if recording {
    let what = expected.map { "changed:\n" + lineDiff($0, actual) } ?? "new"
    return (true, "recorded snapshot \(name).txt (\(what))")
  }
  guard let expected else { return (false, "missing snapshot \(name).txt; run with RECORD_SNAPSHOTS=1") }
  return (false, "snapshot \(name) differs:\n" + lineDiff(expected, actual))
}

/// The differing lines of two texts, "-" expected and "+" actual, with line numbers.
func lineDiff(_ expected: String, _ actual: String) -> String {
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out = ""
  for i in 0..<max(e.count, a.count) {
    let l = i < e.count ? String(e[i]) : "<none>"
    let r = i < a.count ? String(a[i]) : "<none>"
    if l != r { out += String(format: "%3d - %@\n    + %@\n", i + 1, l, r) }
  }
  return out
}

func trimTrailing(_ s: String) -> String {
  var s = s
  while s.last == " " { s.removeLast() }
  return s
}

import ChengyuCore
import ChengyuData
import ChengyuTUI
import Foundation
import Testing

/// The embedded dataset, loaded once for all tests.
let embedded = EmbeddedDataset.load()

/// The explorer state after a sequence of actions, at a size.
func explorer(_ size: Size = Size(width: 80, height: 24), ascii: Bool = false, _ actions: [Action] = []) -> AppState {
  var state = AppState(dataset: embedded, size: size, asciiMode: ascii)
  for action in actions { _ = reduce(&state, action) }
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
  if expected == actual { return }
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
    try! actual.write(to: url, atomically: true, encoding: .utf8)
    let what = expected.map { "changed:\n" + lineDiff($0, actual) } ?? "new"
    Issue.record(Comment(rawValue: "recorded snapshot \(name).txt (\(what))"), sourceLocation: sourceLocation)
    return
  }
  guard let expected else {
    Issue.record("missing snapshot \(name).txt; run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  Issue.record(Comment(rawValue: "snapshot \(name) differs:\n" + lineDiff(expected, actual)), sourceLocation: sourceLocation)
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

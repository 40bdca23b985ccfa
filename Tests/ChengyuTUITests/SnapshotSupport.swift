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

/// Compares rendered lines (trailing spaces trimmed) with `Snapshots/<name>.txt`; prints a line
/// diff on mismatch. With RECORD_SNAPSHOTS=1 the file is (re)written instead.
func assertSnapshot(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let actual = lines.map(trimTrailing).joined(separator: "\n") + "\n"
  let url = snapshotDirectory.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
    try! actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("missing snapshot \(name).txt; run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let message = "snapshot \(name) differs:\n" + lineDiff(expected, actual)
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
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

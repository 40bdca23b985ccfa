import ChengyuTUI
import Testing

@Suite struct FrameDiffTests {
  @Test func noPreviousFrameMeansEveryRow() {
    let b = ScreenBuffer(size: Size(width: 3, height: 4))
    #expect(FrameDiff.changedRows(from: nil, to: b) == [0, 1, 2, 3])
  }

  @Test func onlyRowsWithAChangedCell() {
    let old = ScreenBuffer(size: Size(width: 5, height: 3))
    var new = old
    #expect(FrameDiff.changedRows(from: old, to: new) == [])
    new.put("x", x: 4, y: 2, maxWidth: 1, style: .plain)
    #expect(FrameDiff.changedRows(from: old, to: new) == [2])
    new.fill(Rect(x: 0, y: 0, width: 1, height: 1), style: .role(.selection))
    #expect(FrameDiff.changedRows(from: old, to: new) == [0, 2])
  }

  @Test func aStyleChangeAloneCounts() {
    var old = ScreenBuffer(size: Size(width: 4, height: 1))
    old.put("ab", x: 0, y: 0, maxWidth: 4, style: .plain)
    var new = ScreenBuffer(size: Size(width: 4, height: 1))
    new.put("ab", x: 0, y: 0, maxWidth: 4, style: Style(fg: .selection, reverse: true))
    #expect(FrameDiff.changedRows(from: old, to: new) == [0])
  }

  @Test func aSizeChangeMeansEveryRow() {
    let old = ScreenBuffer(size: Size(width: 4, height: 2))
    let new = ScreenBuffer(size: Size(width: 5, height: 2))
    #expect(FrameDiff.changedRows(from: old, to: new) == [0, 1])
  }
}
